package dev.sluice.worker.handlers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sluice.common.error.RecordError;
import dev.sluice.common.json.Json;
import dev.sluice.common.record.RecordMessage;
import dev.sluice.common.record.Segment;
import dev.sluice.common.record.SheetRecord;
import dev.sluice.common.spi.Batch;
import dev.sluice.common.spi.BatchFailure;
import dev.sluice.common.spi.BatchResult;
import dev.sluice.common.spi.DataAccess;
import dev.sluice.common.spi.RecordWriter;
import dev.sluice.worker.enrich.ManualTime;
import dev.sluice.worker.enrich.ReferenceCache;
import dev.sluice.worker.enrich.Reply;
import dev.sluice.worker.enrich.ScriptedTransport;
import dev.sluice.worker.enrich.ServiceClients;
import dev.sluice.worker.enrich.Services;
import dev.sluice.worker.testing.InMemoryDataAccess;
import dev.sluice.worker.testing.TestContext;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

class EnrichHandlerTest {

    private final InMemoryDataAccess data = new InMemoryDataAccess();
    private final TestContext context = new TestContext(data);
    private final ManualTime time = new ManualTime();
    /** Knows every email but nobody@…; a call with a poison@… email fails on the service's side, always. */
    private final ScriptedTransport service = new ScriptedTransport(EnrichHandlerTest::answer);
    private final EnrichHandler handler = new EnrichHandler(
            new ServiceClients(Services.people("\"backoffMs\":100,\"retries\":2"), service, time, time, name -> null),
            new ReferenceCache(2));

    private static Reply answer(String body) {
        JsonNode keys = Json.tree(body.getBytes(StandardCharsets.UTF_8));
        List<String> items = new ArrayList<>();
        for (JsonNode key : keys) {
            String email = key.get("email").asText();
            if (email.startsWith("poison")) {
                return new Reply(500, "boom".getBytes(StandardCharsets.UTF_8), null);
            }
            String user = email.substring(0, email.indexOf('@'));
            items.add(user.equals("nobody") ? "null"
                    : "{\"employment\":{\"name\":\"" + user.toUpperCase() + " Inc\"},\"industry\":\"Ind-" + user + "\"}");
        }
        return ScriptedTransport.json("[" + String.join(",", items) + "]");
    }

    private Segment sheet(String sheetId, long firstRow, List<Map<String, Object>> rows) throws IOException {
        RecordWriter writer = data.writeRecords();
        for (int i = 0; i < rows.size(); i++) {
            writer.write(SheetRecord.of(sheetId, firstRow + i, rows.get(i), List.of()));
        }
        return writer.finish();
    }

    private static Map<String, Object> row(String... pairs) {
        Map<String, Object> row = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            row.put(pairs[i], pairs[i + 1]);
        }
        return row;
    }

    private static Batch batch(Segment segment, List<String> fields, Map<String, Object> how) {
        Map<String, Object> input = new LinkedHashMap<>();
        input.put("sourceSheetId", "sh_src");
        input.put("segment", Json.convert(segment, Map.class));
        input.put("sheetId", "sh_out");
        input.put("fields", fields);
        input.putAll(how);
        return new Batch("job-1", "enrich-data", "wb_src", Map.of(), 0, 0, 0, -1, input);
    }

    private static Map<String, Object> viaService(int callSize, String... fill) {
        return Map.of("service", "people", "callSize", callSize, "enrich", List.of(fill));
    }

    private List<SheetRecord> written(BatchResult result) throws IOException {
        List<SheetRecord> out = new ArrayList<>();
        data.readRecords("sh_out", List.of(Json.convert(result.output().get("segment"), Segment.class)), out::add);
        return out;
    }

    @Test
    void everyRecordIsWrittenWithTheServicesValuesInCallsOfAtMostCallSizeRecords() throws Exception {
        Segment segment = sheet("sh_src", 20, List.of(row("name", "Ada", "email", "ada@x.test"),
                row("name", "Grace", "email", "grace@x.test"), row("name", "Nobody", "email", "nobody@x.test"),
                row("name", "Blank", "email", " "), row("name", "Alan", "email", "alan@x.test")));

        BatchResult result = handler.run(batch(segment, List.of("name", "email", "company", "industry"),
                viaService(2, "company", "industry")), context);

        List<SheetRecord> out = written(result);
        assertThat(out).extracting(SheetRecord::row).containsExactly(20L, 21L, 22L, 23L, 24L);
        assertThat(out.get(0).values()).containsExactly(Map.entry("name", "Ada"), Map.entry("email", "ada@x.test"),
                Map.entry("company", "ADA Inc"), Map.entry("industry", "Ind-ada"));
        assertThat(out.get(4).values()).containsEntry("company", "ALAN Inc").containsEntry("industry", "Ind-alan");
        assertThat(out.get(2).values()).containsEntry("company", null).containsEntry("industry", null);
        assertThat(out.get(2).messages()).containsExactly(new RecordMessage(null, RecordMessage.Level.WARNING,
                "people has no data for this record"));
        assertThat(out.get(3).messages()).containsExactly(new RecordMessage(null, RecordMessage.Level.WARNING,
                "no email to look up in people"));
        assertThat(out).allMatch(SheetRecord::valid);
        assertThat(service.calls()).extracting(ScriptedTransport.Call::body).containsExactly(
                "[{\"email\":\"ada@x.test\"},{\"email\":\"grace@x.test\"}]",
                "[{\"email\":\"nobody@x.test\"}]",
                "[{\"email\":\"alan@x.test\"}]");
        assertThat(result.records()).isEqualTo(5);
        assertThat(result.errors()).isZero();
        assertThat(result.output()).containsEntry("rows", 5L);
    }

    @Test
    void theRecordsOfACallThatKeepsFailingAreWrittenUnenrichedAsFailedRecords() throws Exception {
        Segment segment = sheet("sh_src", 0, List.of(row("email", "a@x.test", "company", "Old Co"),
                row("email", "poison@x.test", "company", "Kept Co"), row("email", "b@x.test"), row("email", "c@x.test")));

        BatchResult result = handler.run(batch(segment, List.of("email", "company"), viaService(2, "company")), context);

        List<SheetRecord> out = written(result);
        assertThat(out).extracting(r -> r.values().get("company")).containsExactly("Old Co", "Kept Co", "B Inc", "C Inc");
        String reason = "people failed after 3 attempts; last: HTTP 500: boom";
        assertThat(out.get(0).messages()).containsExactly(RecordMessage.error(null, reason));
        assertThat(out.get(1).valid()).isFalse();
        assertThat(out.get(2).valid()).isTrue();
        assertThat(result.records()).isEqualTo(4);
        assertThat(result.errors()).isEqualTo(2);
        assertThat(result.failed()).containsExactly(
                new RecordError("sh_out/000000000000", 0, null, "enrichment_failed", reason,
                        Map.of("email", "a@x.test", "company", "Old Co")),
                new RecordError("sh_out/000000000001", 1, null, "enrichment_failed", reason,
                        Map.of("email", "poison@x.test", "company", "Kept Co")));
        assertThat(service.calls()).hasSize(3 + 1);
        assertThat(time.sleeps()).containsExactly(java.time.Duration.ofMillis(100), java.time.Duration.ofMillis(200));
    }

    @Test
    void aLookupJoinsEachRecordOnItsKeyWithTheFirstReferenceRowOfThatKey() throws Exception {
        Segment reference = sheet("sh_ref", 0, List.of(row("email", "ada@x.test", "company", "Analytical", "tier", "gold"),
                row("email", "ada@x.test", "company", "Second", "tier", "tin"), row("email", "grace@x.test", "company", "Navy",
                        "tier", "silver")));
        Segment source = sheet("sh_src", 0, List.of(row("contact", " ada@x.test "), row("contact", "alan@x.test"),
                row("contact", ""), row("contact", "grace@x.test")));

        BatchResult result = handler.run(batch(source, List.of("contact", "company", "tier"), lookup(reference)), context);

        List<SheetRecord> out = written(result);
        assertThat(out.get(0).values()).containsExactly(Map.entry("contact", " ada@x.test "), Map.entry("company", "Analytical"),
                Map.entry("tier", "gold"));
        assertThat(out.get(3).values()).containsEntry("company", "Navy").containsEntry("tier", "silver");
        assertThat(out.get(1).messages()).extracting(RecordMessage::message)
                .containsExactly("no row of sheet sh_ref has email 'alan@x.test'");
        assertThat(out.get(2).messages()).extracting(RecordMessage::message).containsExactly("contact is blank; nothing to look up");
        assertThat(out.get(1).values()).containsEntry("company", null);
        assertThat(result.errors()).isZero();
        assertThat(service.calls()).isEmpty();
    }

    @Test
    void aWorkerReadsAReferenceSheetOnceForAllTheBatchesThatJoinOnIt() throws Exception {
        Segment reference = sheet("sh_ref", 0, List.of(row("email", "ada@x.test", "company", "Analytical")));
        Segment first = sheet("sh_src", 0, List.of(row("contact", "ada@x.test")));
        Segment second = sheet("sh_src", 1, List.of(row("contact", "ada@x.test")));
        AtomicInteger referenceReads = new AtomicInteger();
        TestContext counting = new TestContext(new CountingReads(data, "sh_ref", referenceReads));

        handler.run(batch(first, List.of("contact", "company"), lookup(reference, "company")), counting);
        BatchResult again = handler.run(batch(second, List.of("contact", "company"), lookup(reference, "company")), counting);

        assertThat(written(again).get(0).values()).containsEntry("company", "Analytical");
        assertThat(referenceReads).hasValue(1);
    }

    @Test
    void aServiceThisWorkerDoesNotKnowFailsTheBatchForGood() throws Exception {
        Segment segment = sheet("sh_src", 0, List.of(row("email", "a@x.test")));
        Map<String, Object> how = Map.of("service", "clearbit", "callSize", 10, "enrich", List.of("company"));

        assertThatThrownBy(() -> handler.run(batch(segment, List.of("email", "company"), how), context))
                .isInstanceOfSatisfying(BatchFailure.class, failure -> assertThat(failure.retryable()).isFalse())
                .hasMessageContaining("this worker has no enrichment service 'clearbit'");
    }

    @Test
    void aCallSizeAboveTheServicesLimitOnThisWorkerFailsTheBatchForGood() throws Exception {
        Segment segment = sheet("sh_src", 0, List.of(row("email", "a@x.test")));

        assertThatThrownBy(() -> handler.run(batch(segment, List.of("email", "company"), viaService(101, "company")), context))
                .isInstanceOf(BatchFailure.class).hasMessageContaining("takes 1 to 100 records per call");
    }

    @Test
    void aBatchAskedToStopStopsBeforeItsNextCall() throws Exception {
        Segment segment = sheet("sh_src", 0, List.of(row("email", "a@x.test"), row("email", "b@x.test")));
        context.requestStop();

        assertThatThrownBy(() -> handler.run(batch(segment, List.of("email", "company"), viaService(1, "company")), context))
                .isInstanceOf(InterruptedException.class);
        assertThat(service.calls()).isEmpty();
    }

    private static Map<String, Object> lookup(Segment reference, String... fill) {
        Map<String, Object> join = new LinkedHashMap<>();
        join.put("sheetId", "sh_ref");
        join.put("segments", List.of(Json.convert(reference, Map.class)));
        join.put("key", "email");
        join.put("on", "contact");
        return Map.of("lookup", join, "enrich", fill.length == 0 ? List.of("company", "tier") : Arrays.asList(fill));
    }

    /** Counts the reads of one sheet. */
    private record CountingReads(InMemoryDataAccess data, String sheetId, AtomicInteger reads) implements DataAccess {
        @Override
        public java.io.InputStream openFile(dev.sluice.common.file.FileMeta file, long start, long end) throws IOException {
            return data.openFile(file, start, end);
        }

        @Override
        public RecordWriter writeRecords() {
            return data.writeRecords();
        }

        @Override
        public void readRecords(String sheet, List<Segment> segments, Consumer<SheetRecord> each) throws IOException {
            if (sheet.equals(sheetId)) {
                reads.incrementAndGet();
            }
            data.readRecords(sheet, segments, each);
        }

        @Override
        public dev.sluice.common.spi.FileOutput createFile(String fileId, String name) throws IOException {
            return data.createFile(fileId, name);
        }
    }
}
