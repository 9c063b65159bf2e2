package dev.sluice.common.record;

import org.apache.kafka.common.utils.Utils;

/**
 * Keys of the records topic: {@code SHEET/ROW} with the row zero-padded, so that a sheet's
 * records sort by row. Records are partitioned by the sheet part alone, so one sheet is in one
 * partition, in the order it was written.
 */
public final class RecordKeys {

    private RecordKeys() {
    }

    public static String key(String sheetId, long row) {
        return String.format("%s/%012d", sheetId, row);
    }

    public static String sheetOf(String key) {
        int slash = key.lastIndexOf('/');
        return slash < 0 ? key : key.substring(0, slash);
    }

    public static long rowOf(String key) {
        return Long.parseLong(key.substring(key.lastIndexOf('/') + 1));
    }

    /** The partition of a sheet's records among {@code partitions}. */
    public static int partition(String sheetId, int partitions) {
        return Utils.toPositive(Utils.murmur2(sheetId.getBytes(java.nio.charset.StandardCharsets.UTF_8))) % partitions;
    }
}
