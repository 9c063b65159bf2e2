package dev.sluice.worker.handlers;

import dev.sluice.common.json.Json;
import dev.sluice.common.record.Segment;
import dev.sluice.common.record.SheetRecord;
import dev.sluice.common.spi.Batch;
import dev.sluice.common.spi.BatchContext;
import dev.sluice.common.spi.BatchHandler;
import dev.sluice.common.spi.BatchResult;
import dev.sluice.common.spi.RecordWriter;
import dev.sluice.worker.enrich.EnrichedRecords;
import dev.sluice.worker.enrich.Enricher;
import dev.sluice.worker.enrich.Outcome;
import dev.sluice.worker.enrich.ReferenceCache;
import dev.sluice.worker.enrich.ServiceClients;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Operation {@code enrich-data}: reads one segment of the source sheet, fills the job's fields of
 * each record from an HTTP enrichment service (a call per {@code callSize} records) or from a
 * reference sheet, and writes every record, same row, to the job's new sheet. A record the source
 * knows nothing about gets a warning; one whose call failed (after its retries) is written
 * unenriched with an error, and is one of the job's failed records. The batch goes on either way.
 */
public class EnrichHandler implements BatchHandler {

    private final ServiceClients services;
    private final ReferenceCache references;

    /** A handler for the services this worker is configured with. */
    public EnrichHandler() {
        this(ServiceClients.configured(), new ReferenceCache(ReferenceCache.DEFAULT_CAPACITY));
    }

    public EnrichHandler(ServiceClients services, ReferenceCache references) {
        this.services = services;
        this.references = references;
    }

    @Override
    public String operation() {
        return "enrich-data";
    }

    @Override
    public BatchResult run(Batch batch, BatchContext context) throws Exception {
        EnrichInput input = Inputs.convert(batch.input(), EnrichInput.class, operation()).validated();
        Enricher enricher = input.lookup() != null
                ? references.enricher(context.data(), input.lookup(), input.enrich())
                : services.enricher(input.service(), input.enrich(), input.callSize());
        RecordWriter writer = context.data().writeRecords();
        EnrichedRecords out = new EnrichedRecords(writer, input.sheetId(), input.fields());
        List<SheetRecord> chunk = new ArrayList<>(enricher.chunkSize());
        try {
            context.data().readRecords(input.sourceSheetId(), List.of(input.segment()), record -> {
                chunk.add(record);
                if (chunk.size() == enricher.chunkSize()) {
                    flushUnchecked(chunk, enricher, out, context);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        } catch (Stopped e) {
            throw e.interruption;
        }
        flush(chunk, enricher, out, context);
        Segment written = writer.finish();
        if (enricher.trouble() != null) {
            context.log("warn", enricher.trouble());
        }
        Map<String, Object> output = new LinkedHashMap<>();
        output.put("segment", Json.convert(written, Map.class));
        output.put("rows", out.written());
        return new BatchResult(out.written(), out.failed().size(), output, out.failed());
    }

    private static void flush(List<SheetRecord> chunk, Enricher enricher, EnrichedRecords out, BatchContext context)
            throws IOException, InterruptedException {
        if (chunk.isEmpty()) {
            return;
        }
        if (context.stopRequested() || Thread.currentThread().isInterrupted()) {
            throw new InterruptedException("stopped after " + out.written() + " records");
        }
        List<Outcome> outcomes = enricher.enrich(chunk);
        for (int i = 0; i < chunk.size(); i++) {
            out.write(chunk.get(i), outcomes.get(i));
        }
        chunk.clear();
    }

    private static void flushUnchecked(List<SheetRecord> chunk, Enricher enricher, EnrichedRecords out,
                                       BatchContext context) {
        try {
            flush(chunk, enricher, out, context);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            throw new Stopped(e);
        }
    }

    /** Carries an interruption out of the record reader's callback. */
    private static final class Stopped extends RuntimeException {
        private final InterruptedException interruption;

        Stopped(InterruptedException interruption) {
            super(interruption.getMessage(), interruption, false, false);
            this.interruption = interruption;
        }
    }
}
