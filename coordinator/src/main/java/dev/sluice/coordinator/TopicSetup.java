package dev.sluice.coordinator;

import dev.sluice.common.topic.Topics;
import dev.sluice.coordinator.files.FileSettings;
import dev.sluice.coordinator.pool.Pool;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.errors.TopicExistsException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Creates the topics Sluice needs when they are missing. Existing topics are left as they are,
 * so operators may create them themselves with their own settings.
 */
final class TopicSetup {

    private static final Logger LOG = LoggerFactory.getLogger(TopicSetup.class);
    private static final String MAX_MESSAGE = Integer.toString(FileSettings.MAX_MESSAGE_BYTES);
    /** Chunks are kept until an operator sets a retention: their meta on the compacted topic never expires. */
    private static final Map<String, String> FILES = Map.of("max.message.bytes", MAX_MESSAGE, "retention.ms", "-1");
    private static final Map<String, String> FILE_META = Map.of("cleanup.policy", "compact", "max.message.bytes", MAX_MESSAGE);

    private TopicSetup() {
    }

    static void ensure(Admin admin, CoordinatorSettings settings) throws Exception {
        Topics topics = settings.topics();
        Set<String> existing = admin.listTopics().names().get(30, TimeUnit.SECONDS);
        List<NewTopic> wanted = new ArrayList<>();
        for (String name : List.of(topics.jobRequests(), topics.jobEvents(), topics.taskResults(), topics.jobRequestsDlq(),
                topics.jobNotices(), topics.jobErrors(), topics.jobLogs(), topics.jobEnds())) {
            wanted.add(topic(name, settings.partitions(), settings, Map.of()));
        }
        wanted.add(topic(topics.workers(), 1, settings, Map.of("cleanup.policy", "compact")));
        wanted.add(topic(topics.files(), settings.partitions(), settings, FILES));
        wanted.add(topic(topics.fileMeta(), 1, settings, FILE_META));
        // Segments point at record offsets, so records are never compacted away; workbooks are state, compacted.
        wanted.add(topic(topics.records(), settings.partitions(), settings, Map.of("retention.ms", "-1")));
        wanted.add(topic(topics.workbooks(), 1, settings, FILE_META));
        for (Pool pool : settings.pools().pools()) {
            for (String name : topics.tasks(pool.name())) {
                wanted.add(topic(name, settings.partitions(), settings, Map.of()));
            }
        }
        wanted.removeIf(topic -> existing.contains(topic.name()));
        if (wanted.isEmpty()) {
            return;
        }
        try {
            admin.createTopics(wanted).all().get(30, TimeUnit.SECONDS);
            LOG.info("created topics {}", wanted.stream().map(NewTopic::name).toList());
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                throw e;
            }
        }
    }

    private static NewTopic topic(String name, int partitions, CoordinatorSettings settings, Map<String, String> configs) {
        Optional<Short> replication = settings.replicationFactor() < 0 ? Optional.empty() : Optional.of(settings.replicationFactor());
        return new NewTopic(name, Optional.of(partitions), replication).configs(configs);
    }
}
