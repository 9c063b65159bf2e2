package dev.sluice.coordinator.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sluice.common.file.FileMeta;
import dev.sluice.common.job.BatchPlan;
import dev.sluice.common.job.JobSpec;
import dev.sluice.common.job.JobType;
import dev.sluice.common.request.InvalidRequestException;
import dev.sluice.common.testing.Jobs;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FileValidatePlannerTest {

    private static final String FILE_ID = "file_0123456789abcdef0123456789ab";
    private static final FileMeta FILE = new FileMeta(FILE_ID, "customers.csv", 2048, "0".repeat(64), Instant.EPOCH,
            "text/csv", 0, 1 << 20, List.of(7L), Map.of("csv", Map.of("head", "id,name")));

    private final FileValidatePlanner planner = new FileValidatePlanner();
    private final LookupContext context = new LookupContext("job_abc",
            id -> id.equals(FILE_ID) ? Optional.of(FILE) : Optional.empty(), id -> Optional.empty(), id -> false);

    @Test
    void theGuidesConfigPlansOneBatchWhoseInputCarriesTheParsedChecks() throws Exception {
        JobSpec spec = spec(Map.of("maxFileSize", "50MB", "allowedTypes", List.of("csv", "xlsx", "json"),
                "scanForViruses", true));

        BatchPlan plan = planner.plan(spec, context);
        Map<String, Object> input = planner.batchInput(spec, plan, 0, context);

        assertThat(plan.totalBatches()).isEqualTo(1);
        assertThat(plan.outputs()).isEqualTo(Map.of("fileId", FILE_ID));
        assertThat(input).containsEntry("maxFileSize", 50L * 1024 * 1024)
                .containsEntry("allowedTypes", List.of("csv", "xlsx", "json")).containsEntry("scanForViruses", true);
        assertThat(file(input)).containsEntry("id", FILE_ID).containsEntry("size", 2048L)
                .containsEntry("index", Map.of());
    }

    @Test
    void withoutConfigEveryKnownTypeIsAllowedNoSizeLimitAppliesAndNothingIsScanned() throws Exception {
        JobSpec spec = spec(Map.of());
        Map<String, Object> input = planner.batchInput(spec, planner.plan(spec, context), 0, context);

        assertThat(input).containsEntry("maxFileSize", null).containsEntry("allowedTypes", List.of("csv", "json", "xlsx"))
                .containsEntry("scanForViruses", false);
    }

    @Test
    void maxFileSizeMayBeAWholeNumberOfBytes() throws Exception {
        JobSpec spec = spec(Map.of("maxFileSize", 1000));
        assertThat(planner.batchInput(spec, planner.plan(spec, context), 0, context)).containsEntry("maxFileSize", 1000L);
    }

    @Test
    void repeatedTypesCountOnce() throws Exception {
        JobSpec spec = spec(Map.of("allowedTypes", List.of("json", "csv", "json")));
        assertThat(planner.batchInput(spec, planner.plan(spec, context), 0, context))
                .containsEntry("allowedTypes", List.of("json", "csv"));
    }

    @Test
    void anUnknownTypeIsRefusedByItsIndexListingTheKnownOnes() {
        refused(spec(Map.of("allowedTypes", List.of("csv", "pdf"))), "config.allowedTypes[1]",
                "'pdf' is not a type Sluice can tell by content; use one of [csv, json, xlsx]");
    }

    @Test
    void allowedTypesMustBeANonEmptyListOfNames() {
        String message = "must be a non-empty list of types, each one of [csv, json, xlsx]";
        refused(spec(Map.of("allowedTypes", List.of())), "config.allowedTypes", message);
        refused(spec(Map.of("allowedTypes", "csv")), "config.allowedTypes", message);
        refused(spec(Map.of("allowedTypes", List.of(3))), "config.allowedTypes[0]",
                "'3' is not a type Sluice can tell by content; use one of [csv, json, xlsx]");
    }

    @Test
    void aMaxFileSizeThatIsNoSizeIsRefused() {
        refused(spec(Map.of("maxFileSize", "lots")), "config.maxFileSize",
                "'lots' is not a memory size such as \"512MB\" or \"2Gi\"");
        refused(spec(Map.of("maxFileSize", 0)), "config.maxFileSize", "must be at least 1 byte, got 0");
        refused(spec(Map.of("maxFileSize", 1.5)), "config.maxFileSize",
                "must be a size such as \"50MB\" or a whole number of bytes, got 1.5");
    }

    @Test
    void scanForVirusesMustBeABoolean() {
        refused(spec(Map.of("scanForViruses", "yes")), "config.scanForViruses", "must be true or false");
    }

    @Test
    void anUnknownConfigKeyIsRefused() {
        refused(spec(Map.of("virusScan", true)), "config.virusScan",
                "unknown option of operation validate; it takes [allowedTypes, maxFileSize, scanForViruses]");
    }

    @Test
    void theJobMustBeOfTypeFileOrWorkbook() {
        refused(Jobs.aSpec().withType(JobType.CUSTOM).withOperation("validate").withSource(FILE_ID)
                .withConfig("records", null).build(), "type", "operation validate runs as type file (the file's size, "
                + "type and viruses) or workbook (its records, as validate-records), not custom");
    }

    @Test
    void anUnknownOrMissingSourceIsRefused() {
        refused(Jobs.aSpec().withType(JobType.FILE).withOperation("validate").withSource("file_nope")
                .withConfig("records", null).build(), "source",
                "no file 'file_nope'; upload it first with POST /api/v1/files");
        refused(Jobs.aSpec().withType(JobType.FILE).withOperation("validate").withSource(null)
                .withConfig("records", null).build(), "source", "is required: the id of the file to read");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> file(Map<String, Object> input) {
        return (Map<String, Object>) input.get("file");
    }

    private void refused(JobSpec spec, String field, String reason) {
        assertThatThrownBy(() -> planner.plan(spec, context)).isInstanceOfSatisfying(InvalidRequestException.class, e -> {
            assertThat(e.field()).isEqualTo(field);
            assertThat(e.reason()).isEqualTo(reason);
        });
    }

    private static JobSpec spec(Map<String, Object> config) {
        Jobs.SpecBuilder builder = Jobs.aSpec().withType(JobType.FILE).withOperation("validate").withSource(FILE_ID)
                .withConfig("records", null);
        config.forEach(builder::withConfig);
        return builder.build();
    }
}
