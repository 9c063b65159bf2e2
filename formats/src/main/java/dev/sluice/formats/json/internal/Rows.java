package dev.sluice.formats.json.internal;

import dev.sluice.formats.json.JsonItem;
import dev.sluice.formats.json.JsonRow;
import dev.sluice.formats.json.JsonRowError;
import java.util.Queue;

/** Turns what {@link Flattener} made of one object into items: an error first if there is one, then the row if it can be delivered. */
final class Rows {
    private Rows() {
    }

    static void add(Queue<JsonItem> ready, long rowIndex, long byteOffset, Flattened flattened) {
        if (flattened.problem() != null) {
            ready.add(new JsonRowError(rowIndex, byteOffset, flattened.problem()));
        }
        if (flattened.fields() != null) {
            ready.add(new JsonRow(rowIndex, byteOffset, flattened.fields()));
        }
    }
}
