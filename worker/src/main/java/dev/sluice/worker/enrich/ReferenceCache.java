package dev.sluice.worker.enrich;

import dev.sluice.common.spi.BatchFailure;
import dev.sluice.common.spi.DataAccess;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

/**
 * The reference indexes a worker holds for {@code lookup} batches: each is read once, however many
 * batches (of however many jobs) join on it at the same time, and the {@code capacity} most recently
 * used are kept. A worker therefore holds at most {@code capacity} reference sheets, each of at most
 * the lookup limit of records. A load that fails is forgotten, so that a retry reads again.
 */
public final class ReferenceCache {

    /** Reference indexes a worker keeps by default. */
    public static final int DEFAULT_CAPACITY = 4;

    private final int capacity;
    private final Map<String, CompletableFuture<ReferenceIndex>> entries; // guarded by this, in access order

    public ReferenceCache(int capacity) {
        this.capacity = capacity;
        this.entries = new LinkedHashMap<>(16, 0.75f, true);
    }

    /** An enricher that fills {@code fill} from the reference sheet, read now unless it is held. */
    public Enricher enricher(DataAccess data, Reference reference, List<String> fill)
            throws IOException, BatchFailure, InterruptedException {
        return new LookupEnricher(index(data, reference, fill), reference);
    }

    private ReferenceIndex index(DataAccess data, Reference reference, List<String> fill)
            throws IOException, BatchFailure, InterruptedException {
        String id = reference.sheetId() + "|" + reference.segments().hashCode() + "|" + reference.key() + "|" + fill;
        CompletableFuture<ReferenceIndex> mine = new CompletableFuture<>();
        CompletableFuture<ReferenceIndex> held;
        synchronized (this) {
            held = entries.putIfAbsent(id, mine);
            while (entries.size() > capacity) {
                entries.remove(entries.keySet().iterator().next());
            }
        }
        if (held != null) {
            return await(held);
        }
        try {
            ReferenceIndex index = ReferenceIndex.load(data, reference, fill);
            mine.complete(index);
            return index;
        } catch (IOException | BatchFailure | RuntimeException e) {
            synchronized (this) {
                entries.remove(id, mine);
            }
            mine.completeExceptionally(e);
            throw e;
        }
    }

    private static ReferenceIndex await(CompletableFuture<ReferenceIndex> held)
            throws IOException, BatchFailure, InterruptedException {
        try {
            return held.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            if (e.getCause() instanceof BatchFailure failure) {
                throw failure;
            }
            throw new IllegalStateException("reading the reference sheet failed: " + e.getCause(), e.getCause());
        }
    }

    /** How many reference indexes are held. */
    synchronized int size() {
        return entries.size();
    }
}
