package dev.sluice.common.record;

import dev.sluice.common.topic.KeyPartition;

/**
 * Keys of the records topic: {@code SHEET/ROW} with the row zero-padded, so that a sheet's
 * records sort by row. The run of rows one batch writes goes to one partition, in order; different
 * runs of a sheet spread over the partitions, so that batches written at once do not interleave
 * and a reader of one run reads little else.
 */
public final class RecordKeys {

    private RecordKeys() {
    }

    public static String key(String sheetId, long row) {
        String digits = Long.toString(row);
        StringBuilder key = new StringBuilder(sheetId.length() + 13).append(sheetId).append('/');
        for (int pad = digits.length(); pad < 12; pad++) {
            key.append('0');
        }
        return key.append(digits).toString();
    }

    public static String sheetOf(String key) {
        int slash = key.lastIndexOf('/');
        return slash < 0 ? key : key.substring(0, slash);
    }

    public static long rowOf(String key) {
        return Long.parseLong(key.substring(key.lastIndexOf('/') + 1));
    }

    /** The partition, among {@code partitions}, of the run of a sheet's rows that starts at {@code firstRow}. */
    public static int partition(String sheetId, long firstRow, int partitions) {
        return KeyPartition.of(sheetId + "@" + firstRow, partitions);
    }
}
