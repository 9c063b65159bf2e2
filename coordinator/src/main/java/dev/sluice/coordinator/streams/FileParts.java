package dev.sluice.coordinator.streams;

import dev.sluice.common.file.FileMeta;
import dev.sluice.common.file.FilePart;
import dev.sluice.common.job.JobEvent;
import dev.sluice.common.job.JobState;
import dev.sluice.common.json.Json;
import dev.sluice.common.topic.Topics;
import dev.sluice.coordinator.plan.ExportPlanner;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.apache.kafka.streams.state.KeyValueStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Joins a file that an export's batches wrote in parts: keeps each part as its batch reports it,
 * keyed by the file's id (the same for a retry of the job, which so finds the parts its failed
 * original wrote), and publishes the file's meta, its parts in order, when the job completes, in the
 * same transaction as the completion.
 */
final class FileParts {

    private static final Logger LOG = LoggerFactory.getLogger(FileParts.class);

    private final Topics topics;
    private final KeyValueStore<String, Written> written;

    /** The parts a file's batches reported so far, by part index. */
    record Written(Map<Integer, FileMeta> parts) {
        Written {
            parts = Collections.unmodifiableSortedMap(new TreeMap<>(parts));
        }

        Written with(int part, FileMeta meta) {
            SortedMap<Integer, FileMeta> more = new TreeMap<>(parts);
            more.put(part, meta);
            return new Written(more);
        }
    }

    FileParts(Topics topics, KeyValueStore<String, Written> written) {
        this.topics = topics;
        this.written = written;
    }

    /** The file's meta to publish after {@code event}, keyed by file id, once its job has completed. */
    List<TaskFactory.Keyed> after(JobEvent event, JobState job) {
        Map<String, Object> outputs = job.batches() == null ? Map.of() : job.batches().plan().outputs();
        if (!(outputs.get(ExportPlanner.FILE_PARTS) instanceof Number count) || !(outputs.get("fileId") instanceof String fileId)) {
            return List.of();
        }
        if (event instanceof JobEvent.Queued queued && queued.resume() == null) {
            written.delete(fileId);
        } else if (event instanceof JobEvent.BatchDone done && done.output().get("partFile") != null) {
            Written before = written.get(fileId);
            FileMeta part = Json.convert(done.output().get("partFile"), FileMeta.class);
            written.put(fileId, (before == null ? new Written(Map.of()) : before)
                    .with(((Number) done.output().get("part")).intValue(), part));
        } else if (event instanceof JobEvent.Completed completed) {
            Written all = written.get(fileId);
            written.delete(fileId);
            return publish(fileId, (String) outputs.get("fileName"), format(job), count.intValue(), all, completed.at());
        }
        return List.of();
    }

    private List<TaskFactory.Keyed> publish(String fileId, String name, String format, int count, Written all, Instant at) {
        if (all == null || all.parts().size() != count) {
            LOG.error("export file {} completed with {} of its {} parts; it has no meta", fileId,
                    all == null ? 0 : all.parts().size(), count);
            return List.of();
        }
        FileMeta first = all.parts().get(0);
        List<FilePart> pieces = PartJoin.of(format, all.parts().values().stream().map(FilePart::of).toList());
        FileMeta meta = pieces.isEmpty()
                ? new FileMeta(fileId, name, 0, FilePart.text("").checksum(), at, first.contentType(), first.partition(),
                        first.chunkSize(), List.of(), Map.of())
                : new FileMeta(fileId, name, pieces.stream().mapToLong(FilePart::size).sum(), FilePart.checksumOf(pieces),
                        at, first.contentType(), first.partition(), first.chunkSize(), List.of(), Map.of(), pieces);
        return List.of(new TaskFactory.Keyed(fileId, new Out(topics.fileMeta(), Json.bytes(meta))));
    }

    private static String format(JobState job) {
        Object format = job.spec().config().get("format");
        return format == null ? "json" : format.toString();
    }

    /** A piece for a log line or a test: its text, or its length. */
    static String describe(FilePart part) {
        return part.text() != null ? part.text() : part.size() + " bytes";
    }

    /** How the parts of a format join into one file. */
    static final class PartJoin {

        private PartJoin() {
        }

        /**
         * JSON: the elements each part holds, between brackets, with a comma between parts that hold
         * any; CSV: the parts as they are (the first holds the header). Empty parts are left out.
         */
        static List<FilePart> of(String format, List<FilePart> parts) {
            List<FilePart> filled = parts.stream().filter(part -> part.size() > 0).toList();
            if (!"json".equals(format)) {
                return filled;
            }
            List<FilePart> pieces = new ArrayList<>();
            pieces.add(FilePart.text("["));
            for (int i = 0; i < filled.size(); i++) {
                if (i > 0) {
                    pieces.add(FilePart.text(","));
                }
                pieces.add(filled.get(i));
            }
            pieces.add(FilePart.text("]"));
            return pieces;
        }
    }
}
