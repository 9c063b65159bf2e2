package dev.sluice.common.testing;

import dev.sluice.common.job.Execution;
import dev.sluice.common.job.JobSpec;
import dev.sluice.common.job.JobType;
import dev.sluice.common.job.Priority;
import dev.sluice.common.job.Resources;
import dev.sluice.common.json.Json;
import dev.sluice.common.request.InvalidRequestException;
import dev.sluice.common.request.Quantities;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Test builders for jobs. {@code aSpec()} is a {@code custom / synthetic} job over 100 records
 * with the engine's defaults; each {@code with...} sets the request field and the parsed
 * {@link Execution} together, so {@link SpecBuilder#build()} equals what
 * {@link dev.sluice.common.request.RequestParser} makes of {@link SpecBuilder#requestJson()}.
 */
public final class Jobs {

    /** A fixed instant that tests start their clocks at. */
    public static final Instant T0 = Instant.parse("2030-01-01T00:00:00Z");

    private Jobs() {
    }

    public static SpecBuilder aSpec() {
        return new SpecBuilder();
    }

    public static final class SpecBuilder {
        private JobType type = JobType.CUSTOM;
        private String operation = "synthetic";
        private String source = "wb_1";
        private final Map<String, Object> config = new LinkedHashMap<>(Map.of("records", 100));
        private final Map<String, Object> options = new LinkedHashMap<>();
        private final Map<String, Object> resourceOptions = new LinkedHashMap<>();
        private String idempotencyKey;
        private Priority priority = Priority.NORMAL;
        private int batchSize = Execution.DEFAULT_BATCH_SIZE;
        private int parallelBatches = Execution.DEFAULT_PARALLEL_BATCHES;
        private long batchTimeoutMs = Execution.DEFAULT_BATCH_TIMEOUT_MS;
        private long timeoutMs;
        private int retryAttempts;
        private Resources resources = Resources.NONE;

        private SpecBuilder() {
        }

        public SpecBuilder withType(JobType type) {
            this.type = type;
            return this;
        }

        public SpecBuilder withOperation(String operation) {
            this.operation = operation;
            return this;
        }

        public SpecBuilder withSource(String source) {
            this.source = source;
            return this;
        }

        /** A {@code config} key that the engine does not read; null removes it. */
        public SpecBuilder withConfig(String key, Object value) {
            if (value == null) {
                config.remove(key);
            } else {
                config.put(key, value);
            }
            return this;
        }

        public SpecBuilder withRecords(long records) {
            return withConfig("records", whole(records));
        }

        public SpecBuilder withBatchSize(int batchSize) {
            this.batchSize = batchSize;
            return withConfig("batchSize", batchSize);
        }

        public SpecBuilder withParallelBatches(int parallelBatches) {
            this.parallelBatches = parallelBatches;
            return withConfig("parallelBatches", parallelBatches);
        }

        public SpecBuilder withBatchTimeoutMs(long batchTimeoutMs) {
            this.batchTimeoutMs = batchTimeoutMs;
            return withConfig("batchTimeout", whole(batchTimeoutMs));
        }

        public SpecBuilder withTimeoutMs(long timeoutMs) {
            this.timeoutMs = timeoutMs;
            return withConfig("timeout", whole(timeoutMs));
        }

        public SpecBuilder withRetryAttempts(int retryAttempts) {
            this.retryAttempts = retryAttempts;
            return withConfig("retryAttempts", retryAttempts);
        }

        public SpecBuilder withPriority(Priority priority) {
            this.priority = priority;
            options.put("priority", priority.wireName());
            return this;
        }

        /** {@code options.resources} as a user writes them, such as {@code "500m"} and {@code "1GB"}. */
        public SpecBuilder withResources(String cpu, String memory) {
            try {
                resources = new Resources(Quantities.cpuMillis("cpu", cpu), Quantities.memoryBytes("memory", memory));
            } catch (InvalidRequestException e) {
                throw new IllegalArgumentException(e.getMessage(), e);
            }
            resourceOptions.put("cpu", cpu);
            resourceOptions.put("memory", memory);
            options.put("resources", Map.copyOf(resourceOptions));
            return this;
        }

        public SpecBuilder withIdempotencyKey(String idempotencyKey) {
            this.idempotencyKey = idempotencyKey;
            return this;
        }

        public JobSpec build() {
            Execution execution = new Execution(priority, batchSize, parallelBatches, batchTimeoutMs, timeoutMs,
                    dev.sluice.common.job.RetryPolicy.of(retryAttempts), dev.sluice.common.job.ErrorBudget.UNLIMITED,
                    resources);
            return new JobSpec(type, operation, source, config, options, execution, idempotencyKey);
        }

        /** The create body that asks for this spec. */
        public String requestJson() {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("type", type.wireName());
            body.put("operation", operation);
            body.put("source", source);
            body.put("config", config);
            body.put("options", options);
            if (idempotencyKey != null) {
                body.put("idempotencyKey", idempotencyKey);
            }
            return Json.text(body);
        }

        /** A number as Jackson reads it back from JSON, so that specs compare equal after a round trip. */
        private static Number whole(long value) {
            return value == (int) value ? (Number) (int) value : (Number) value;
        }
    }
}
