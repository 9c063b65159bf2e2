package dev.sluice.coordinator.view;

import dev.sluice.common.error.RecordError;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Pages of a job's failures, as the errors and failed-records calls list them. A cursor is
 * {@code BATCH.SKIP}: the batch to go on from and how many items of it the earlier pages showed,
 * so a page starts reading at its batch rather than at the job's first failure.
 */
public final class FailurePages {

    private final ErrorView errors;

    public FailurePages(ErrorView errors) {
        this.errors = errors;
    }

    /** A failed record with all its failures. */
    public record FailedRecord(String id, long row, int batch, String stage, Map<String, Object> values,
                               List<RecordError> errors) {
    }

    public record Page<T>(List<T> items, String nextCursor) {
        <R> Page<R> map(java.util.function.Function<T, List<R>> flat) {
            return new Page<>(items.stream().flatMap(item -> flat.apply(item).stream()).toList(), nextCursor);
        }
    }

    /** One item per failure, in batch order, of the jobs of {@code chain} (a job and those it retries) as one. */
    public Page<ErrorView.Entry> errors(List<String> chain, String cursor, int limit) {
        return page(chain, Cursor.parse(cursor), limit, false).map(group -> group.entries);
    }

    /** One item per failed record, its failures together, in batch order. */
    public Page<FailedRecord> failedRecords(List<String> chain, String cursor, int limit) {
        Page<Group> groups = page(chain, Cursor.parse(cursor), limit, true);
        List<FailedRecord> records = new ArrayList<>();
        for (Group group : groups.items()) {
            ErrorView.Entry first = group.entries.get(0);
            Map<String, Object> values = new LinkedHashMap<>();
            group.entries.forEach(e -> values.putAll(e.error().values()));
            records.add(new FailedRecord(first.error().recordId(), first.error().row(), first.batch(), first.stage(),
                    values, group.entries.stream().map(ErrorView.Entry::error).toList()));
        }
        return new Page<>(records, groups.nextCursor());
    }

    /** Failures of one record (or one failure, when not grouping), in the batch that reported them. */
    private static final class Group {
        final List<ErrorView.Entry> entries = new ArrayList<>();

        int batch() {
            return entries.get(0).batch();
        }

        boolean takes(ErrorView.Entry entry, boolean byRecord) {
            ErrorView.Entry first = entries.get(0);
            return byRecord && first.batch() == entry.batch() && first.error().recordId() != null
                    && first.error().recordId().equals(entry.error().recordId());
        }
    }

    private Page<Group> page(List<String> chain, Cursor from, int limit, boolean byRecord) {
        Paging paging = new Paging(from, limit, byRecord);
        errors.forEach(chain, from.batch(), paging::offer);
        return paging.page();
    }

    /** Gathers one page as failures stream by. */
    private static final class Paging {
        private final Cursor from;
        private final int limit;
        private final boolean byRecord;
        private final List<Group> groups = new ArrayList<>();
        private Group current;
        private int batch = -1;
        private int startedInBatch;
        private boolean more;

        Paging(Cursor from, int limit, boolean byRecord) {
            this.from = from;
            this.limit = limit;
            this.byRecord = byRecord;
        }

        /** Takes one failure; false once the page is full and one more item was seen. */
        boolean offer(ErrorView.Entry entry) {
            if (current != null && current.takes(entry, byRecord)) {
                current.entries.add(entry);
                return true;
            }
            if (entry.batch() != batch) {
                batch = entry.batch();
                startedInBatch = 0;
            }
            startedInBatch++;
            current = new Group();
            current.entries.add(entry);
            if (batch == from.batch() && startedInBatch <= from.skip()) {
                return true; // shown on an earlier page
            }
            if (groups.size() == limit) {
                more = true;
                return false;
            }
            groups.add(current);
            return true;
        }

        Page<Group> page() {
            return new Page<>(groups, more ? batch + "." + (startedInBatch - 1) : null);
        }
    }

    private record Cursor(int batch, int skip) {
        static Cursor parse(String text) {
            if (text == null || text.isEmpty()) {
                return new Cursor(0, 0);
            }
            String[] parts = text.split("\\.");
            try {
                return new Cursor(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]));
            } catch (RuntimeException e) {
                throw new IllegalArgumentException("cursor '" + text + "' is not one this call gave");
            }
        }
    }
}
