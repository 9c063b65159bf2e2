package dev.sluice.common.topic;

import java.nio.charset.StandardCharsets;
import org.apache.kafka.common.utils.Utils;

/**
 * The partition Kafka's default partitioner picks for a key. Sluice sets it explicitly where all
 * records of a key must stay in one partition even if partitions are added while they are written.
 */
public final class KeyPartition {

    private KeyPartition() {
    }

    public static int of(String key, int partitions) {
        return Utils.toPositive(Utils.murmur2(key.getBytes(StandardCharsets.UTF_8))) % partitions;
    }
}
