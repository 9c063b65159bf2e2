package dev.sluice.coordinator.metrics;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sluice.coordinator.view.JobFilter;
import dev.sluice.coordinator.view.JobView;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Job meters, fed by every event the coordinator sees on the events topic. Each coordinator
 * instance sees every event, so dashboards should take {@code max} across instances, not {@code sum}.
 */
public final class JobMetrics {

    private final MeterRegistry registry;
    private final MultiGauge jobs;

    public JobMetrics(MeterRegistry registry) {
        this.registry = registry;
        this.jobs = MultiGauge.builder(CoordinatorMetrics.JOBS).description("Jobs by type, operation and status")
                .register(registry);
    }

    /** Counts one event envelope. */
    public void onEvent(JsonNode envelope) {
        String type = envelope.path("type").asText();
        if (type.equals("job:rejected")) {
            Counter.builder(CoordinatorMetrics.REJECTED).register(registry).increment();
            return;
        }
        JsonNode job = envelope.path("job");
        Tags tags = Tags.of("type", job.path("type").asText(), "operation", job.path("operation").asText());
        Counter.builder(CoordinatorMetrics.JOB_EVENTS).tags(tags).tag("event", type).register(registry).increment();
        String variant = envelope.path("event").asText();
        if (variant.equals("BatchDone")) {
            Counter.builder(CoordinatorMetrics.BATCHES).tags(tags).tag("outcome", "done").register(registry).increment();
            Counter.builder(CoordinatorMetrics.RECORDS).tags(tags).register(registry)
                    .increment(envelope.path("data").path("records").asDouble());
        } else if (variant.equals("BatchFailed")) {
            Counter.builder(CoordinatorMetrics.BATCHES).tags(tags).tag("outcome", "failed").register(registry).increment();
        }
        if (job.hasNonNull("duration") && (type.equals("job:completed") || type.equals("job:failed") || type.equals("job:canceled"))) {
            Timer.builder(CoordinatorMetrics.JOB_DURATION).tags(tags).tag("status", job.path("status").asText())
                    .publishPercentileHistogram().register(registry)
                    .record(Duration.ofMillis(job.get("duration").asLong()));
        }
    }

    /** Recounts jobs by type, operation and status from the view. */
    public void refresh(JobView view) {
        Map<List<String>, Integer> counts = new TreeMap<>(Comparator.LIST);
        String cursor = null;
        do {
            JobView.Page page = view.list(new JobFilter(null, null, null, null, JobFilter.MAX_LIMIT, cursor));
            for (JsonNode job : page.items()) {
                counts.merge(List.of(job.path("type").asText(), job.path("operation").asText(),
                        job.path("status").asText()), 1, Integer::sum);
            }
            cursor = page.nextCursor();
        } while (cursor != null);
        List<MultiGauge.Row<?>> rows = new ArrayList<>();
        counts.forEach((key, count) -> rows.add(MultiGauge.Row.of(
                Tags.of("type", key.get(0), "operation", key.get(1), "status", key.get(2)), count)));
        jobs.register(rows, true);
    }

    private static final class Comparator {
        static final java.util.Comparator<List<String>> LIST = (a, b) -> String.join("\u0000", a).compareTo(String.join("\u0000", b));
    }
}
