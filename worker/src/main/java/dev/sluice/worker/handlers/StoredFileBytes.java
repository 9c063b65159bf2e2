package dev.sluice.worker.handlers;

import dev.sluice.common.file.FileMeta;
import dev.sluice.common.spi.DataAccess;
import dev.sluice.formats.sniff.ByteSource;
import java.io.IOException;
import java.io.InputStream;

/** A stored file as the sniffer reads it: its head, and a zip's directory at its end, fetched from the store. */
record StoredFileBytes(DataAccess data, FileMeta file) implements ByteSource {

    @Override
    public long size() {
        return file.size();
    }

    @Override
    public InputStream open(long start, long end) throws IOException {
        return data.openFile(file, start, end);
    }
}
