package dev.sluice.bench;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.sluice.common.json.Json;
import dev.sluice.formats.csv.CsvFormat;
import dev.sluice.formats.csv.CsvItem;
import dev.sluice.formats.csv.CsvRangeParser;
import dev.sluice.formats.csv.CsvRow;
import dev.sluice.rules.map.ColumnMapper;
import dev.sluice.rules.map.MapOptions;
import dev.sluice.rules.map.MappingPlan;
import dev.sluice.rules.schema.SchemaParser;
import dev.sluice.rules.schema.SheetSchema;
import dev.sluice.rules.transform.Transformations;
import dev.sluice.rules.validate.RecordValidator;
import dev.sluice.rules.validate.ValidateOptions;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The most one thread of this machine makes of the import: the CSV parsed with the extract's parser,
 * each row mapped with the plan the map job makes, checked by the validator validate-records uses,
 * transformed with the transform's steps, and the valid ones written as JSON objects to a stream that
 * discards them. No Kafka and no records in between: the limit the distributed import is held against.
 */
final class ImportLimit {

    private static final long WARM_UP_ROWS = 100_000;

    private ImportLimit() {
    }

    /** After a warm-up, the median of three passes over the whole file, by rows per second. */
    static CsvLimit.Limit measure(CsvFile csv) throws Exception {
        Steps steps = Steps.make(ImportFile.COLUMNS);
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        pass(csv, steps, Math.min(WARM_UP_ROWS, csv.rows()));
        CsvLimit.Limit[] passes = new CsvLimit.Limit[3];
        for (int i = 0; i < passes.length; i++) {
            long start = System.nanoTime();
            long cpuStart = threads.getCurrentThreadCpuTime();
            long rows = pass(csv, steps, Long.MAX_VALUE);
            if (rows != csv.rows()) {
                throw new IllegalStateException("the parser read " + rows + " rows of " + csv.rows());
            }
            passes[i] = new CsvLimit.Limit(rows / ((System.nanoTime() - start) / 1e9),
                    (threads.getCurrentThreadCpuTime() - cpuStart) / (double) rows);
        }
        Arrays.sort(passes, Comparator.comparingDouble(CsvLimit.Limit::rowsPerSecond));
        return passes[1];
    }

    /** The map plan, validator and transformations the jobs would use for a file of {@code columns}. */
    private record Steps(MappingPlan plan, RecordValidator validator, Transformations transformations) {
        static Steps make(List<String> columns) throws Exception {
            SheetSchema schema = SchemaParser.parse(Json.tree(ImportSteps.SCHEMA.getBytes(StandardCharsets.UTF_8)))
                    .sheets().get(0);
            MappingPlan plan = MapOptions.parse(Json.tree(ImportSteps.MAP.getBytes(StandardCharsets.UTF_8)))
                    .plan(columns, schema.fields());
            List<String> keys = schema.fields().stream().map(f -> f.key()).toList();
            RecordValidator validator = ValidateOptions.parse(Json.tree(ImportSteps.VALIDATE.getBytes(StandardCharsets.UTF_8)),
                    schema, keys).validator(schema, keys);
            Transformations transformations = Transformations.parse(
                    Json.tree(ImportSteps.TRANSFORMATIONS.getBytes(StandardCharsets.UTF_8)), new HashSet<>(keys));
            return new Steps(plan, validator, transformations);
        }
    }

    private static long pass(CsvFile csv, Steps steps, long limit) throws IOException {
        long rows = 0;
        try (CsvRangeParser parser = CsvRangeParser.wholeFile(Files.newInputStream(csv.path()), CsvFormat.DEFAULT);
             JsonGenerator json = Json.MAPPER.getFactory().createGenerator(OutputStream.nullOutputStream())) {
            List<String> columns = parser.header().names();
            json.writeStartArray();
            for (CsvItem item = parser.next(); item != null && rows < limit; item = parser.next()) {
                if (item instanceof CsvRow row) {
                    Map<String, Object> values = new LinkedHashMap<>();
                    for (int i = 0; i < columns.size(); i++) {
                        values.put(columns.get(i), i < row.values().size() ? row.values().get(i) : null);
                    }
                    Map<String, Object> mapped = ColumnMapper.apply(steps.plan(), values);
                    boolean valid = steps.validator().check(mapped).stream().noneMatch(m -> m.isError());
                    Map<String, Object> out = steps.transformations().apply(mapped).record();
                    if (valid) {
                        json.writeObject(out);
                    }
                    rows++;
                }
            }
            json.writeEndArray();
        }
        return rows;
    }
}
