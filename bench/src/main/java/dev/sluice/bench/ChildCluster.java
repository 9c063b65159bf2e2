package dev.sluice.bench;

import dev.sluice.common.topic.Topics;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * A coordinator and workers each in a JVM of their own ({@value ChildJvm#MAX_HEAP}), on topics and a
 * Streams application of their own, as the CSV and import phases run them. Closing stops the workers,
 * then the coordinator; closing twice is harmless.
 */
final class ChildCluster implements AutoCloseable {

    private final List<ChildJvm> children = new ArrayList<>();

    private ChildCluster() {
    }

    static ChildCluster launch(String bootstrap, BenchOptions options, Topics topics, String applicationId,
                               String workerPrefix) throws IOException, InterruptedException {
        ChildCluster cluster = new ChildCluster();
        try {
            cluster.children.add(CoordinatorMain.launch(bootstrap, options, topics, applicationId));
            for (int i = 1; i <= options.workers(); i++) {
                cluster.children.add(WorkerMain.launch(bootstrap, options, workerPrefix + i, topics));
            }
            return cluster;
        } catch (IOException | RuntimeException e) {
            cluster.close();
            throw e;
        }
    }

    int httpPort() {
        return CoordinatorMain.httpPort(coordinator());
    }

    /** A meter of the CPU the coordinator and the workers spend, step by step. */
    StepCpu stepCpu() {
        return new StepCpu(coordinator(), children.subList(1, children.size()));
    }

    void resetPeaks() throws IOException {
        for (ChildJvm child : children) {
            child.resetPeak();
        }
    }

    /** Each JVM's peak heap since {@link #resetPeaks}, the coordinator's first. */
    List<HeapMeter.Peak> peaks() throws IOException {
        List<HeapMeter.Peak> peaks = new ArrayList<>();
        for (ChildJvm child : children) {
            peaks.add(child.peak());
        }
        return peaks;
    }

    @Override
    public void close() throws InterruptedException {
        for (int i = children.size() - 1; i >= 0; i--) {
            children.get(i).close();
        }
    }

    private ChildJvm coordinator() {
        return children.get(0);
    }
}
