package dev.sluice.bench;

import java.util.ArrayList;
import java.util.List;

/**
 * Runs the heap jobs again with the workers in JVMs of their own, so that the heap of each worker
 * is seen apart from that of the broker and coordinator, which stay in the bench's JVM.
 */
final class ComponentHeap {

    /** The bench JVM's peak and each worker JVM's, over one job. */
    private record Peaks(HeapMeter.Peak here, List<HeapMeter.Peak> workers) {
    }

    private final BenchCluster cluster;
    private final BigJob big;
    private final HeapMeter heap;

    ComponentHeap(BenchCluster cluster, BigJob big, HeapMeter heap) {
        this.cluster = cluster;
        this.big = big;
        this.heap = heap;
    }

    /** Replaces the in-process workers with worker JVMs, runs a small and a large job, prints the rows. */
    void run(BenchOptions options, long smallJob, long largeJob) throws Exception {
        cluster.stopWorkers();
        List<ChildJvm> workers = new ArrayList<>();
        try {
            for (int i = 1; i <= options.workers(); i++) {
                workers.add(WorkerMain.launch(cluster.bootstrap(), options, "bench-jvm-worker-" + i, cluster.topics()));
            }
            Peaks small = measure(workers, smallJob);
            Peaks large = measure(workers, largeJob);
            Report.row("peak heap, broker + coordinator", Report.heap(smallJob, small.here(), largeJob, large.here()));
            for (int i = 0; i < workers.size(); i++) {
                Report.row("peak heap, worker JVM " + (i + 1) + " (" + ChildJvm.MAX_HEAP + ")",
                        Report.heap(smallJob, small.workers().get(i), largeJob, large.workers().get(i)));
            }
        } finally {
            for (ChildJvm worker : workers) {
                worker.close();
            }
        }
    }

    private Peaks measure(List<ChildJvm> workers, long records) throws Exception {
        heap.reset();
        for (ChildJvm worker : workers) {
            worker.resetPeak();
        }
        big.run(records);
        HeapMeter.Peak here = heap.peak();
        List<HeapMeter.Peak> there = new ArrayList<>();
        for (ChildJvm worker : workers) {
            there.add(worker.peak());
        }
        return new Peaks(here, there);
    }
}
