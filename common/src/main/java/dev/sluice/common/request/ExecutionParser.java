package dev.sluice.common.request;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sluice.common.job.Backoff;
import dev.sluice.common.job.ErrorBudget;
import dev.sluice.common.job.Execution;
import dev.sluice.common.job.JobType;
import dev.sluice.common.job.Priority;
import dev.sluice.common.job.Resources;
import dev.sluice.common.job.RetryPolicy;
import java.util.Set;

/**
 * Reads the engine's settings from a request's {@code config} and {@code options}; options that
 * apply to other kinds of jobs are refused here, by name, rather than accepted and ignored.
 */
final class ExecutionParser {

    private static final Set<String> OPTIONS = Set.of("priority", "schedule", "dependencies", "resources",
            "timeout", "retryAttempts", "retryDelay", "recurring", "timezone", "failureStrategy", "parallelism",
            "missedFirings");
    private static final Set<String> RESOURCES = Set.of("memory", "cpu", "timeout", "priority");
    private static final long DAY_MS = 86_400_000L;

    private ExecutionParser() {
    }

    static Execution parse(JobType type, JsonNode config, JsonNode options) throws InvalidRequestException {
        JsonNode resources = options == null ? null : Fields.object(options, "resources", "options.resources");
        if (options != null) {
            Fields.onlyKnown(options, "options", OPTIONS, "");
            pipelineOnly(type, options);
        }
        if (resources != null) {
            Fields.onlyKnown(resources, "options.resources", RESOURCES, "; resources are memory, cpu, timeout, priority");
        }
        return new Execution(
                priority(options, resources),
                (int) Fields.number(config, "batchSize", "config.batchSize", 1, 1_000_000, Execution.DEFAULT_BATCH_SIZE),
                (int) Fields.number(config, "parallelBatches", "config.parallelBatches", 1, 1024,
                        Execution.DEFAULT_PARALLEL_BATCHES),
                Fields.number(config, "batchTimeout", "config.batchTimeout", 1, DAY_MS, Execution.DEFAULT_BATCH_TIMEOUT_MS),
                timeout(config, options, resources),
                new RetryPolicy(retryAttempts(config, options),
                        Backoff.from(Fields.number(options, "retryDelay", "options.retryDelay", 0, DAY_MS,
                                Backoff.DEFAULT_BASE_MS))),
                new ErrorBudget(Fields.number(config, "maxErrors", "config.maxErrors", 0, Long.MAX_VALUE, -1),
                        Fields.fraction(config, "maxErrorRate", "config.maxErrorRate", -1)),
                resources(resources));
    }

    private static void pipelineOnly(JobType type, JsonNode options) throws InvalidRequestException {
        for (String name : new String[] {"failureStrategy", "parallelism"}) {
            if (options.hasNonNull(name) && type != JobType.PIPELINE) {
                throw new InvalidRequestException("options." + name, "applies to pipeline jobs only");
            }
        }
        String strategy = Fields.text(options, "failureStrategy", "options.failureStrategy");
        if (strategy != null && !Set.of("stop-on-error", "continue", "retry").contains(strategy)) {
            throw new InvalidRequestException("options.failureStrategy",
                    "unknown strategy '" + strategy + "'; use stop-on-error, continue or retry");
        }
        Fields.number(options, "parallelism", "options.parallelism", 1, 100, 1);
    }

    private static Priority priority(JsonNode options, JsonNode resources) throws InvalidRequestException {
        Priority top = options == null ? null : priorityAt(options, "options.priority");
        Priority nested = resources == null ? null : priorityAt(resources, "options.resources.priority");
        if (top != null && nested != null && top != nested) {
            throw new InvalidRequestException("options.resources.priority",
                    "is '" + nested + "' but options.priority is '" + top + "'; give one or make them agree");
        }
        return top != null ? top : nested != null ? nested : Priority.NORMAL;
    }

    private static Priority priorityAt(JsonNode parent, String path) throws InvalidRequestException {
        String name = Fields.text(parent, "priority", path);
        if (name == null) {
            return null;
        }
        Priority priority = Priority.fromWire(name);
        if (priority == null) {
            throw new InvalidRequestException(path, "unknown priority '" + name + "'; use low, normal or high");
        }
        return priority;
    }

    private static long timeout(JsonNode config, JsonNode options, JsonNode resources) throws InvalidRequestException {
        long smallest = 0;
        smallest = tighter(smallest, Fields.number(config, "timeout", "config.timeout", 1, 30 * DAY_MS, 0));
        smallest = tighter(smallest, Fields.number(options, "timeout", "options.timeout", 1, 30 * DAY_MS, 0));
        return tighter(smallest, Fields.number(resources, "timeout", "options.resources.timeout", 1, 30 * DAY_MS, 0));
    }

    private static long tighter(long current, long candidate) {
        if (candidate == 0) {
            return current;
        }
        return current == 0 ? candidate : Math.min(current, candidate);
    }

    private static int retryAttempts(JsonNode config, JsonNode options) throws InvalidRequestException {
        long fromConfig = Fields.number(config, "retryAttempts", "config.retryAttempts", 0, 100, -1);
        long fromOptions = Fields.number(options, "retryAttempts", "options.retryAttempts", 0, 100, -1);
        if (fromConfig >= 0 && fromOptions >= 0 && fromConfig != fromOptions) {
            throw new InvalidRequestException("options.retryAttempts",
                    "is " + fromOptions + " but config.retryAttempts is " + fromConfig + "; give one or make them agree");
        }
        return (int) Math.max(0, Math.max(fromConfig, fromOptions));
    }

    private static Resources resources(JsonNode resources) throws InvalidRequestException {
        if (resources == null) {
            return Resources.NONE;
        }
        String memory = Fields.text(resources, "memory", "options.resources.memory");
        String cpu = Fields.text(resources, "cpu", "options.resources.cpu");
        return new Resources(
                cpu == null ? 0 : Quantities.cpuMillis("options.resources.cpu", cpu),
                memory == null ? 0 : Quantities.memoryBytes("options.resources.memory", memory));
    }
}
