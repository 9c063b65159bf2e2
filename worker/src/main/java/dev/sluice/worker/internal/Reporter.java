package dev.sluice.worker.internal;

import dev.sluice.common.error.ErrorChunk;
import dev.sluice.common.error.JobLogLine;
import dev.sluice.common.json.Json;
import dev.sluice.common.task.TaskReport;
import dev.sluice.common.task.WorkerHeartbeat;
import dev.sluice.common.topic.Topics;
import java.util.concurrent.CompletableFuture;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Publishes task reports (keyed by job) and heartbeats (keyed by worker) through one idempotent producer. */
final class Reporter {

    private static final Logger LOG = LoggerFactory.getLogger(Reporter.class);

    private final Producer<String, byte[]> producer;
    private final Topics topics;
    private final java.util.concurrent.atomic.AtomicLong lines = new java.util.concurrent.atomic.AtomicLong();

    Reporter(Producer<String, byte[]> producer, Topics topics) {
        this.producer = producer;
        this.topics = topics;
    }

    /** Completes with true once the broker has the report, false when it could not be sent. */
    CompletableFuture<Boolean> report(TaskReport report) {
        return send(new ProducerRecord<>(topics.taskResults(), report.jobId(), Json.bytes(report)));
    }

    /** Completes with true once the broker has the heartbeat, false when it could not be sent. */
    CompletableFuture<Boolean> heartbeat(WorkerHeartbeat heartbeat) {
        return send(new ProducerRecord<>(topics.workers(), heartbeat.workerId(), Json.bytes(heartbeat)));
    }

    /** Completes with true once the broker has the log line. */
    CompletableFuture<Boolean> log(JobLogLine line) {
        return send(new ProducerRecord<>(topics.jobLogs(), line.key(Long.toString(lines.incrementAndGet(), 36)),
                Json.bytes(java.util.List.of(line))));
    }

    /** Completes with true once the broker has the chunk of failed records. */
    CompletableFuture<Boolean> errors(ErrorChunk chunk) {
        return send(new ProducerRecord<>(topics.jobErrors(), chunk.key(), Json.bytes(chunk)));
    }

    private CompletableFuture<Boolean> send(ProducerRecord<String, byte[]> record) {
        CompletableFuture<Boolean> acked = new CompletableFuture<>();
        try {
            producer.send(record, (metadata, error) -> {
                if (error != null) {
                    LOG.error("Could not publish to {} for key {}", record.topic(), record.key(), error);
                }
                acked.complete(error == null);
            });
        } catch (RuntimeException e) {
            LOG.error("Could not publish to {} for key {}", record.topic(), record.key(), e);
            acked.complete(false);
        }
        return acked;
    }
}
