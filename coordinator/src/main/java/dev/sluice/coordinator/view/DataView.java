package dev.sluice.coordinator.view;

import dev.sluice.common.json.Json;
import dev.sluice.common.record.RecordCodec;
import dev.sluice.common.record.SheetRecord;
import dev.sluice.common.record.Workbook;
import dev.sluice.common.record.Segment;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;

/**
 * Workbooks and records as the API shows them, read from the global stores. A sheet {@code sh_X}, or
 * {@code sh_X_2}, {@code sh_X_3}, ..., belongs to workbook {@code wb_X} (the ids an extract gives them).
 */
public final class DataView {

    /** How long a page waits for the records view to hold the records its sheet lists. */
    private static final Duration FRESH_WITHIN = Duration.ofSeconds(10);

    /** Waits until the records of some segments are in the records view, at most a while; true when they are. */
    @FunctionalInterface
    public interface Freshness {
        boolean awaitCovered(List<Segment> segments, Duration within);
    }

    private final Supplier<ReadOnlyKeyValueStore<String, byte[]>> workbooks;
    private final Supplier<ReadOnlyKeyValueStore<String, byte[]>> records;
    private final Freshness freshness;

    public DataView(Supplier<ReadOnlyKeyValueStore<String, byte[]>> workbooks,
                    Supplier<ReadOnlyKeyValueStore<String, byte[]>> records, Freshness freshness) {
        this.workbooks = workbooks;
        this.records = records;
        this.freshness = freshness;
    }

    public Optional<Workbook> workbook(String id) {
        byte[] value = workbooks.get().get(id);
        return value == null ? Optional.empty() : Optional.of(Json.read(value, Workbook.class));
    }

    /** The sheet {@code sh_X} of workbook {@code wb_X}, or a later sheet {@code sh_X_N} of it (see {@code SheetIds}). */
    public Optional<Workbook.Sheet> sheet(String sheetId) {
        if (!sheetId.startsWith("sh_")) {
            return Optional.empty();
        }
        String suffix = sheetId.substring(3);
        Optional<Workbook.Sheet> first = sheetOf("wb_" + suffix, sheetId);
        int underscore = suffix.lastIndexOf('_');
        return first.isPresent() || underscore < 1 ? first : sheetOf("wb_" + suffix.substring(0, underscore), sheetId);
    }

    private Optional<Workbook.Sheet> sheetOf(String workbookId, String sheetId) {
        return workbook(workbookId).flatMap(w -> w.sheets().stream().filter(s -> s.id().equals(sheetId)).findFirst());
    }

    /**
     * One page of a sheet's records in row order, after the record {@code cursor} (null: from the first). The page
     * waits, briefly, until the records view holds every record the sheet lists, so a job's records can be paged
     * as soon as the job shows completed.
     */
    public RecordPage records(Workbook.Sheet sheet, String cursor, int limit) {
        freshness.awaitCovered(sheet.segments(), FRESH_WITHIN);
        String sheetId = sheet.id();
        String from = cursor != null ? cursor : sheetId + "/";
        List<SheetRecord> items = new ArrayList<>();
        boolean more = false;
        try (KeyValueIterator<String, byte[]> it = records.get().range(from, sheetId + "/~")) {
            while (it.hasNext()) {
                KeyValue<String, byte[]> entry = it.next();
                if (entry.key.equals(cursor)) {
                    continue;
                }
                if (items.size() == limit) {
                    more = true;
                    break;
                }
                items.add(RecordCodec.read(entry.value));
            }
        }
        return new RecordPage(items, more ? items.get(items.size() - 1).id() : null);
    }

    /** A page of records; {@code nextCursor} is null on the last page. */
    public record RecordPage(List<SheetRecord> items, String nextCursor) {
    }
}
