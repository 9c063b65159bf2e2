package dev.sluice.embedded;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.KafkaFuture;
import org.apache.kafka.common.errors.TopicExistsException;

/** The admin operations {@link EmbeddedKafka} performs against its own broker. */
final class ClusterAdmin implements AutoCloseable {

    private static final Duration POLL_INTERVAL = Duration.ofMillis(20);

    private final Admin admin;
    private final Duration timeout;

    ClusterAdmin(String bootstrapServers, Duration timeout) {
        this.admin = Admin.create(Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                AdminClientConfig.CLIENT_ID_CONFIG, "sluice-embedded-admin"));
        this.timeout = timeout;
    }

    /** Blocks until the broker answers a {@code describeCluster} request with at least one node. */
    void awaitReady() {
        var options = new DescribeClusterOptions().timeoutMs((int) timeout.toMillis());
        var nodes = await(admin.describeCluster(options).nodes(), "the broker to answer describeCluster");
        if (nodes.isEmpty()) {
            throw new IllegalStateException("Kafka broker reported no nodes");
        }
    }

    /** Creates the topics (existing ones are left alone) and waits until every partition has a leader. */
    void createTopics(int partitions, String... names) {
        var newTopics = Arrays.stream(names).map(name -> new NewTopic(name, partitions, (short) 1)).toList();
        admin.createTopics(newTopics).values().forEach(this::awaitCreated);
        awaitLeaders(List.of(names));
    }

    private void awaitCreated(String topic, KafkaFuture<Void> created) {
        try {
            await(created, "topic " + topic + " to be created");
        } catch (IllegalStateException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                throw e;
            }
        }
    }

    private void awaitLeaders(List<String> topics) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!allHaveLeaders(topics)) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("Topics " + topics + " got no leaders within " + timeout);
            }
            pause();
        }
    }

    private boolean allHaveLeaders(List<String> topics) {
        try {
            Map<String, TopicDescription> descriptions =
                    admin.describeTopics(topics).allTopicNames().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            return descriptions.values().stream()
                    .flatMap(description -> description.partitions().stream())
                    .allMatch(partition -> partition.leader() != null && !partition.leader().isEmpty());
        } catch (ExecutionException | TimeoutException e) {
            return false; // metadata not yet propagated to the broker; ask again
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for topics " + topics, e);
        }
    }

    private <T> T await(KafkaFuture<T> future, String what) {
        try {
            return future.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            throw new IllegalStateException("Failed waiting for " + what, e.getCause());
        } catch (TimeoutException e) {
            throw new IllegalStateException("Timed out after " + timeout + " waiting for " + what, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for " + what, e);
        }
    }

    private static void pause() {
        try {
            Thread.sleep(POLL_INTERVAL.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        }
    }

    @Override
    public void close() {
        admin.close(Duration.ofSeconds(5));
    }
}
