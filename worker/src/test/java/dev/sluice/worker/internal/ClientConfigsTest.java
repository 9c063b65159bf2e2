package dev.sluice.worker.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sluice.common.topic.Topics;
import dev.sluice.worker.WorkerSettings;
import org.junit.jupiter.api.Test;

class ClientConfigsTest {

    private final WorkerSettings settings = WorkerSettings.defaults("localhost:9092").withConcurrency(3);

    @Test
    void theConsumerCommitsByHandReadsCommittedTasksAndJoinsThePoolsGroup() {
        var config = ClientConfigs.consumer(settings.withTopics(new Topics("acme")).withPool("gpu"));

        assertThat(config).containsEntry("enable.auto.commit", false)
                .containsEntry("isolation.level", "read_committed")
                .containsEntry("group.id", "acme-workers-gpu")
                .containsEntry("auto.offset.reset", "earliest")
                .containsEntry("session.timeout.ms", 10_000)
                .containsEntry("max.poll.records", 6);
    }

    @Test
    void overridesReplaceTheConsumerDefaults() {
        var config = ClientConfigs.consumer(settings.withConsumerOverride("session.timeout.ms", "30000"));

        assertThat(config).containsEntry("session.timeout.ms", "30000");
    }

    @Test
    void theProducerIsIdempotentAndWaitsForAllReplicas() {
        var config = ClientConfigs.producer(settings);

        assertThat(config).containsEntry("enable.idempotence", true).containsEntry("acks", "all");
    }

    @Test
    void theBufferHoldsTwiceTheConcurrencyPerPriorityAndAtLeastFour() {
        assertThat(ClientConfigs.bufferPerPriority(1)).isEqualTo(4);
        assertThat(ClientConfigs.bufferPerPriority(8)).isEqualTo(16);
    }
}
