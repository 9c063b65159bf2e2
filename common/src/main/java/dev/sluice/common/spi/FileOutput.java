package dev.sluice.common.spi;

import dev.sluice.common.file.FileMeta;
import java.io.IOException;
import java.io.OutputStream;

/** A stored file being written; {@link #finish} makes it visible with its size and checksum. */
public abstract class FileOutput extends OutputStream {

    /** Stores what is buffered, publishes the file's meta and returns it. */
    public abstract FileMeta finish() throws IOException;
}
