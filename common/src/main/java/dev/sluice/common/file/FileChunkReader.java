package dev.sluice.common.file;

import dev.sluice.common.topic.Topics;
import java.io.InputStream;
import java.time.Duration;
import java.util.Properties;
import java.util.function.Supplier;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Reads a stored file, or a byte range of it, from the files topic. It fetches only the chunks
 * that cover the range, one at a time, so a reader holds about one chunk in memory whatever the
 * file's size. Any process that can reach Kafka can read any file: a worker needs only the
 * {@link FileMeta}.
 *
 * <p>Each stream uses a consumer of its own, made when its first chunk is needed and closed with
 * the stream. Consumers read uncommitted data: chunks are written without transactions, and the
 * meta that points at them is written only after every chunk was acknowledged by all in-sync
 * replicas, so a reader that has the meta finds every chunk below the high watermark. Waiting for
 * a last stable offset would gain nothing and would stall behind any foreign open transaction.
 */
public final class FileChunkReader {

    /** How long a stream waits for one chunk before it fails (default 30 s). */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);

    private final Supplier<Consumer<String, byte[]>> consumers;
    private final String topic;
    private final Duration timeout;

    /**
     * @param consumers makes a consumer for one stream; it must deserialize keys as strings, must
     *                  not commit, and should return one record per poll ({@code max.poll.records=1})
     * @param topic     the files topic
     * @param timeout   how long to wait for one chunk
     */
    public FileChunkReader(Supplier<Consumer<String, byte[]>> consumers, String topic, Duration timeout) {
        this.consumers = consumers;
        this.topic = topic;
        this.timeout = timeout;
    }

    public FileChunkReader(String bootstrapServers, Topics topics) {
        this(() -> new KafkaConsumer<>(consumerProperties(bootstrapServers), new StringDeserializer(),
                new ByteArrayDeserializer()), topics.files(), DEFAULT_TIMEOUT);
    }

    /** The bytes {@code [start, end)} of the file; the caller closes the stream. */
    public InputStream open(FileMeta meta, long start, long end) {
        if (!meta.parts().isEmpty()) {
            return PartReads.open(meta, start, end, this::open);
        }
        return new ChunkInputStream(meta, start, end, consumers, topic, timeout);
    }

    /** The whole file. */
    public InputStream open(FileMeta meta) {
        return open(meta, 0, meta.size());
    }

    /** Settings of the default consumer: no group, no commits, one chunk per poll and about one per fetch. */
    public static Properties consumerProperties(String bootstrapServers) {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "none");
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_uncommitted");
        props.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, "1");
        props.put(ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, Integer.toString(1024 * 1024));
        props.put(ConsumerConfig.FETCH_MAX_BYTES_CONFIG, Integer.toString(2 * 1024 * 1024));
        props.put(ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG, "100");
        return props;
    }
}
