package dev.sluice.formats.xlsx.internal;

import dev.sluice.formats.xlsx.XlsxFormatException;
import dev.sluice.formats.xlsx.XlsxLimits;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * Checks a workbook's zip entries against {@link XlsxLimits} before any XML is parsed, in two passes.
 * First the sizes the zip directory declares, which costs nothing and refuses an ordinary bomb without
 * unpacking a byte. Then each entry is unpacked and counted, without keeping it, stopping at the first
 * limit passed: a crafted directory can declare small sizes, and only counting shows the truth.
 * Counting costs one extra unpacking of the file, bounded by the limits.
 */
public final class ZipLimits {
    /** The parts every workbook has, by the names Excel, LibreOffice, POI and fastexcel give them. */
    private static final List<String> REQUIRED = List.of("[Content_Types].xml", "xl/workbook.xml");

    private ZipLimits() {
    }

    /** @throws XlsxFormatException when the file is not a zip holding a workbook, or passes a limit */
    public static void check(Path file, XlsxLimits limits) throws IOException {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            List<? extends ZipEntry> entries = Collections.list(zip.entries());
            if (entries.size() > limits.maxEntries()) {
                throw refused(entries.size() + " parts, more than the limit of " + limits.maxEntries());
            }
            for (String name : REQUIRED) {
                if (zip.getEntry(name) == null) {
                    throw new XlsxFormatException("not an xlsx workbook: a zip archive without " + name);
                }
            }
            checkDeclared(entries, limits);
            checkUnpacked(zip, entries, limits);
        } catch (ZipException e) {
            throw new XlsxFormatException("not an xlsx workbook: not a readable zip archive (" + e.getMessage() + ")", e);
        }
    }

    private static void checkDeclared(List<? extends ZipEntry> entries, XlsxLimits limits) {
        long total = 0;
        for (ZipEntry entry : entries) {
            total += Math.max(0, entry.getSize());
            checkTotal(total, limits);
            checkRatio(entry, entry.getSize(), limits);
        }
    }

    private static void checkUnpacked(ZipFile zip, List<? extends ZipEntry> entries, XlsxLimits limits) throws IOException {
        byte[] buffer = new byte[64 << 10];
        long total = 0;
        for (ZipEntry entry : entries) {
            long size = 0;
            try (InputStream in = zip.getInputStream(entry)) {
                for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                    size += n;
                    total += n;
                    if (size > entry.getSize()) {
                        throw refused("part " + entry.getName() + " unpacks to more than the " + entry.getSize()
                                + " bytes its zip directory declares; the file is crafted or corrupt");
                    }
                    checkTotal(total, limits);
                    checkRatio(entry, size, limits);
                }
            }
        }
    }

    private static void checkTotal(long total, XlsxLimits limits) {
        if (total > limits.maxUncompressedBytes()) {
            throw refused("its parts unpack to more than the limit of " + limits.maxUncompressedBytes() + " bytes");
        }
    }

    private static void checkRatio(ZipEntry entry, long unpacked, XlsxLimits limits) {
        long compressed = Math.max(1, entry.getCompressedSize());
        if (unpacked > XlsxLimits.RATIO_GRACE_BYTES && unpacked / compressed > limits.maxCompressionRatio()) {
            throw refused("part " + entry.getName() + " unpacks to " + (unpacked / compressed)
                    + " times its compressed size, more than the limit of " + limits.maxCompressionRatio());
        }
    }

    private static XlsxFormatException refused(String reason) {
        return new XlsxFormatException("refused as a possible zip bomb: " + reason);
    }
}
