package dev.sluice.formats.xlsx;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/** Hand-made zip files: bombs, liars and broken workbooks. */
final class Zips {
    static final String CONTENT_TYPES = "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>";
    static final String WORKBOOK = "<?xml version=\"1.0\"?><workbook/>";
    static final String BOMB_ENTRY = "xl/worksheets/sheet1.xml";

    private Zips() {
    }

    /** A workbook-shaped zip whose sheet is {@code size} bytes of one repeated character: it compresses about 1000 to 1. */
    static Path bomb(Path file, long size) throws IOException {
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            zip.setLevel(Deflater.BEST_COMPRESSION);
            put(zip, "[Content_Types].xml", CONTENT_TYPES.getBytes(StandardCharsets.UTF_8));
            put(zip, "xl/workbook.xml", WORKBOOK.getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry(BOMB_ENTRY));
            byte[] spaces = new byte[1 << 20];
            Arrays.fill(spaces, (byte) ' ');
            for (long written = 0; written < size; written += spaces.length) {
                zip.write(spaces, 0, (int) Math.min(spaces.length, size - written));
            }
            zip.closeEntry();
        }
        return file;
    }

    /** A zip holding the given entries, deflated. */
    static Path of(Path file, Map<String, byte[]> entries) throws IOException {
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                put(zip, entry.getKey(), entry.getValue());
            }
        }
        return file;
    }

    /** A copy of a zip with one entry's bytes replaced. */
    static Path replacing(Path source, Path target, String name, byte[] bytes) throws IOException {
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(source));
             ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(target))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                put(out, entry.getName(), entry.getName().equals(name) ? bytes : in.readAllBytes());
            }
        }
        return target;
    }

    /** Rewrites the size that the central directory declares for {@code name}, leaving the data as it is. */
    static void declareSize(Path file, String name, int size) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        ByteBuffer buffer = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        byte[] nameBytes = name.getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i + 46 < bytes.length; i++) {
            if (buffer.getInt(i) == 0x02014b50 && buffer.getShort(i + 28) == nameBytes.length
                    && new String(bytes, i + 46, nameBytes.length, StandardCharsets.UTF_8).equals(name)) {
                buffer.putInt(i + 24, size);
                try (OutputStream out = Files.newOutputStream(file)) {
                    out.write(bytes);
                }
                return;
            }
        }
        throw new IllegalArgumentException("no central directory entry " + name);
    }

    private static void put(ZipOutputStream zip, String name, byte[] bytes) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(bytes);
        zip.closeEntry();
    }
}
