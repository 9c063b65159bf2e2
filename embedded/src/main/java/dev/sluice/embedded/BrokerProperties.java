package dev.sluice.embedded;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** The server configuration of a single-node combined-mode (broker + controller) KRaft cluster. */
final class BrokerProperties {

    static final int NODE_ID = 1;
    static final String HOST = "127.0.0.1";

    private BrokerProperties() {
    }

    /**
     * Builds the configuration: PLAINTEXT clients on {@code port}, the controller quorum on
     * {@code controllerPort}, data under {@code dataDir}, replication settings for one node,
     * then {@code overrides} on top.
     */
    static Map<String, String> of(int port, int controllerPort, Path dataDir, Map<String, String> overrides) {
        Map<String, String> props = new LinkedHashMap<>();
        props.putAll(kraft(port, controllerPort));
        props.putAll(singleNode());
        props.put("log.dirs", dataDir.resolve("kafka-logs").toAbsolutePath().toString());
        props.putAll(overrides);
        return props;
    }

    private static Map<String, String> kraft(int port, int controllerPort) {
        return Map.of(
                "process.roles", "broker,controller",
                "node.id", String.valueOf(NODE_ID),
                "controller.quorum.voters", NODE_ID + "@" + HOST + ":" + controllerPort,
                "controller.listener.names", "CONTROLLER",
                "listeners", "PLAINTEXT://" + HOST + ":" + port + ",CONTROLLER://" + HOST + ":" + controllerPort,
                "advertised.listeners", "PLAINTEXT://" + HOST + ":" + port,
                "inter.broker.listener.name", "PLAINTEXT",
                "listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
    }

    private static Map<String, String> singleNode() {
        return Map.ofEntries(
                Map.entry("offsets.topic.replication.factor", "1"),
                Map.entry("offsets.topic.num.partitions", "1"),
                Map.entry("transaction.state.log.replication.factor", "1"),
                Map.entry("transaction.state.log.min.isr", "1"),
                Map.entry("transaction.state.log.num.partitions", "1"),
                Map.entry("share.coordinator.state.topic.replication.factor", "1"),
                Map.entry("share.coordinator.state.topic.min.isr", "1"),
                Map.entry("min.insync.replicas", "1"),
                Map.entry("default.replication.factor", "1"),
                Map.entry("num.partitions", "1"),
                Map.entry("group.initial.rebalance.delay.ms", "0"),
                Map.entry("group.min.session.timeout.ms", "1000"),
                Map.entry("auto.create.topics.enable", "false"));
    }
}
