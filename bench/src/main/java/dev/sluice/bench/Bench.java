package dev.sluice.bench;

import dev.sluice.embedded.EmbeddedKafka;
import java.lang.management.ManagementFactory;
import java.util.List;

/**
 * The end-to-end benchmark: an embedded broker, a coordinator and workers in this JVM, then the
 * Kafka floor, small-job latency and throughput, one big job against a plain loop, and heap; last
 * the {@link CsvPhase}, with the coordinator and workers in JVMs of their own. The table goes to
 * stdout, progress to stderr. Run it with {@code bench/run [flags]}; see {@link BenchOptions} for the flags.
 */
public final class Bench {

    private static final long HEAP_SMALL_JOB = 10_000;

    private final BenchOptions options;
    private final BenchCluster cluster;
    private final JobTimer timer;
    private final HeapMeter heap;

    private Bench(BenchOptions options, BenchCluster cluster, JobTimer timer, HeapMeter heap) {
        this.options = options;
        this.cluster = cluster;
        this.timer = timer;
        this.heap = heap;
    }

    public static void main(String[] args) throws Exception {
        if (List.of(args).contains("--help")) {
            System.out.print(BenchOptions.usage());
            return;
        }
        BenchOptions options;
        try {
            options = BenchOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        long start = System.nanoTime();
        double loadBefore = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        int status = 0;
        try (HeapMeter heap = new HeapMeter()) {
            if (options.csvOnly() || options.importOnly()) {
                oneChildPhase(options, heap);
            } else {
                everything(options, heap);
            }
            Report.row("machine", Runtime.getRuntime().availableProcessors() + " CPUs, load average "
                    + Report.decimal(loadBefore) + " at start, " + Report.decimal(ManagementFactory
                    .getOperatingSystemMXBean().getSystemLoadAverage()) + " at end (1 min; other processes count too)");
            Report.note("done in " + (System.nanoTime() - start) / 1_000_000_000 + " s; stopping");
        } catch (Exception e) {
            e.printStackTrace();
            status = 1;
        }
        // Kafka leaves threads behind that would keep the JVM running.
        System.exit(status);
    }

    /** Every phase on the in-process cluster; then, with the broker alone left here, the CSV phase. */
    private static void everything(BenchOptions options, HeapMeter heap) throws Exception {
        Report.note("starting the broker, the coordinator and " + options.workers() + " workers");
        try (BenchCluster cluster = BenchCluster.start(options);
             JobWatch watch = new JobWatch(cluster.bootstrap(), cluster.topics())) {
            cluster.startWorkers(options);
            new Bench(options, cluster, new JobTimer(new JobClient(cluster.httpPort()), watch), heap).run();
            if (options.csv()) {
                Report.note("csv: stopping the in-process workers and coordinator; the broker stays");
                cluster.stopWorkers();
                cluster.stopCoordinator();
                new CsvPhase(options, cluster.bootstrap(), heap).run();
            }
            if (options.imports()) {
                cluster.stopWorkers();
                cluster.stopCoordinator();
                new ImportPhase(options, cluster.bootstrap()).run();
            }
        }
    }

    /** {@code --csv-only} or {@code --import-only}: the broker here, the phase's coordinator and workers in JVMs of their own. */
    private static void oneChildPhase(BenchOptions options, HeapMeter heap) throws Exception {
        Report.note("starting the broker");
        try (EmbeddedKafka kafka = EmbeddedKafka.start(EmbeddedKafka.Settings.defaults())) {
            if (options.csvOnly()) {
                new CsvPhase(options, kafka.bootstrapServers(), heap).run();
            } else {
                new ImportPhase(options, kafka.bootstrapServers()).run();
            }
        }
    }

    private void run() throws Exception {
        SmallJobs small = new SmallJobs(timer, options.workMicros());
        Report.note("warming up: 20 small jobs one at a time (waits for the workers to join), then 200 at once");
        small.sequential(20);
        small.concurrent(200, options.clients());
        kafkaFloor();
        smallJobs(small);
        bigJob();
        if (options.workerJvms()) {
            Report.note("heap per component: replacing the in-process workers with " + options.workers() + " worker JVMs");
            new ComponentHeap(cluster, new BigJob(timer, options.workMicros()), heap)
                    .run(options, HEAP_SMALL_JOB, options.records());
        }
    }

    private void kafkaFloor() {
        Report.note("kafka floor: " + options.roundTrips() + " round trips, plain and transactional");
        KafkaFloor floor = new KafkaFloor(cluster.kafka());
        Report.row("kafka round trip (2 hops)", floor.measure(options.roundTrips(), false).summary());
        Report.row("kafka round trip, transactional", floor.measure(options.roundTrips(), true).summary());
    }

    private void smallJobs(SmallJobs small) throws Exception {
        Report.note("small jobs: " + options.sequentialJobs() + " one at a time");
        SmallJobs.Result sequential = small.sequential(options.sequentialJobs());
        Report.row("small jobs sequential", sequential.jobs().total().summary());
        Report.row("  median steps", sequential.jobs().medians());
        Report.note("small jobs: " + options.jobs() + " from " + options.clients() + " clients");
        CpuMeter cpu = new CpuMeter();
        SmallJobs.Result concurrent = small.concurrent(options.jobs(), options.clients());
        Report.row("small jobs x" + options.jobs() + " (" + options.clients() + " clients)",
                Report.rate(concurrent.jobsPerSecond()) + " jobs/s  " + concurrent.jobs().total().summary());
        Report.row("  median steps", concurrent.jobs().medians());
        Report.row("  CPU", cpu.perUnit(options.jobs(), "job"));
    }

    private void bigJob() throws Exception {
        BigJob big = new BigJob(timer, options.workMicros());
        Report.note("heap: a " + HEAP_SMALL_JOB + "-record job, then the " + options.records() + "-record job");
        heap.reset();
        big.run(HEAP_SMALL_JOB);
        HeapMeter.Peak small = heap.peak();
        heap.reset();
        CpuMeter cpu = new CpuMeter();
        BigJob.Result result = big.run(options.records());
        HeapMeter.Peak large = heap.peak();
        String cpuUse = cpu.perUnit(Math.max(1, options.records() / 1000), "1k records");
        Report.note("plain loop: " + options.records() + " records on one thread");
        double plain = big.plainLoopRate(options.records());
        Report.row(Report.count(options.records()) + " records, " + options.workers() + " workers x " + options.concurrency(),
                Report.rate(result.recordsPerSecond()) + " rec/s  plain loop " + Report.rate(plain) + " rec/s  ratio "
                        + Report.percent(result.recordsPerSecond() / plain) + "   (work " + options.workMicros() + " µs/record)");
        Report.row("  CPU", cpuUse);
        Report.row("  batches per worker", result.batchesByWorker().size() + " of " + options.workers()
                + " workers ran its batches: " + result.batchesByWorker());
        Report.row("peak heap, whole process", Report.heap(HEAP_SMALL_JOB, small, options.records(), large));
    }
}
