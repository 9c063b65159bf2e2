package dev.sluice.formats.json.internal;

import dev.sluice.formats.json.JsonItem;
import java.io.Closeable;
import java.io.IOException;

/** Where a reader's items come from: the elements of an array, or the lines of NDJSON. */
public interface ItemSource extends Closeable {
    /** The next row or row error, or null at the end. */
    JsonItem next() throws IOException;
}
