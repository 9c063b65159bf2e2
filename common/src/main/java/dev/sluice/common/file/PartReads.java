package dev.sluice.common.file;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.Iterator;
import java.util.List;
import java.util.function.Supplier;

/**
 * Reads a byte range of a file in parts: the parts that cover it, one after another, each read as
 * a file of its own (chunks) or from the meta (text). A part is opened only when the one before it
 * has been read to its end.
 */
final class PartReads {

    /** Opens the bytes {@code [start, end)} of a part of chunks, as a whole file. */
    @FunctionalInterface
    interface PartReader {
        InputStream open(FileMeta part, long start, long end);
    }

    private PartReads() {
    }

    static InputStream open(FileMeta meta, long start, long end, PartReader reader) {
        if (start < 0 || end < start || end > meta.size()) {
            throw new IllegalArgumentException("range [" + start + ", " + end + ") is not within a file of " + meta.size() + " bytes");
        }
        List<Supplier<InputStream>> pieces = new ArrayList<>();
        long partStart = 0;
        for (FilePart part : meta.parts()) {
            long from = Math.max(start, partStart) - partStart;
            long to = Math.min(end, partStart + part.size()) - partStart;
            if (from < to) {
                pieces.add(() -> part.text() != null
                        ? new ByteArrayInputStream(part.text().getBytes(StandardCharsets.UTF_8), (int) from, (int) (to - from))
                        : reader.open(meta.partAsFile(part), from, to));
            }
            partStart += part.size();
        }
        Iterator<Supplier<InputStream>> next = pieces.iterator();
        return new SequenceInputStream(new Enumeration<>() {
            @Override
            public boolean hasMoreElements() {
                return next.hasNext();
            }

            @Override
            public InputStream nextElement() {
                return next.next().get();
            }
        });
    }
}
