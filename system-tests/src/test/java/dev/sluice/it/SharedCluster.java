package dev.sluice.it;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * One {@link Cluster} for all tests of a class: register it as a static field with
 * {@code @RegisterExtension} and reach the cluster and its API through it.
 */
final class SharedCluster implements BeforeAllCallback, AfterAllCallback {

    private final int partitions;
    private final int workers;
    private Cluster cluster;
    private Api api;

    SharedCluster(int partitions, int workers) {
        this.partitions = partitions;
        this.workers = workers;
    }

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        cluster = Cluster.start(partitions);
        for (int i = 0; i < workers; i++) {
            cluster.startWorker();
        }
        api = cluster.api();
    }

    @Override
    public void afterAll(ExtensionContext context) throws Exception {
        cluster.close();
    }

    Cluster cluster() {
        return cluster;
    }

    Api api() {
        return api;
    }
}
