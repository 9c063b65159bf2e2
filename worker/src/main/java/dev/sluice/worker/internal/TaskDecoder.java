package dev.sluice.worker.internal;

import dev.sluice.common.json.Json;
import dev.sluice.common.task.Task;
import java.util.Optional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Reads a task record; a record that is not a task is logged and yields nothing, so it is skipped. */
final class TaskDecoder {

    private static final Logger LOG = LoggerFactory.getLogger(TaskDecoder.class);

    private TaskDecoder() {
    }

    static Optional<Task> decode(ConsumerRecord<byte[], byte[]> record) {
        if (record.value() == null) {
            return skip(record, "it has no value");
        }
        try {
            Task task = Json.read(record.value(), Task.class);
            return task.jobId() == null ? skip(record, "it has no jobId") : Optional.of(task);
        } catch (RuntimeException e) {
            return skip(record, firstLine(e.getCause() != null ? e.getCause().getMessage() : e.getMessage()));
        }
    }

    private static Optional<Task> skip(ConsumerRecord<byte[], byte[]> record, String reason) {
        LOG.warn("Skipping the record at {}-{}@{}: not a task because {}",
                record.topic(), record.partition(), record.offset(), reason);
        return Optional.empty();
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "it cannot be read";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
