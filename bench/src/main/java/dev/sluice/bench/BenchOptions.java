package dev.sluice.bench;

import dev.sluice.worker.WorkerSettings;
import java.time.Duration;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * What one benchmark run does. Every flag but the switches {@code --csv-only} and {@code --no-csv}
 * takes a whole number; {@code --help} lists them.
 *
 * @param jobs           small jobs in the concurrent phase; default 1000
 * @param sequentialJobs small jobs run one at a time on an idle system; default 200
 * @param clients        HTTP client threads creating the concurrent small jobs; default 8
 * @param records        records of the big job; default 1,000,000
 * @param workMicros     CPU µs per record in every synthetic job and in the plain loop; default 2
 * @param workers        in-process workers, and worker JVMs in the heap and CSV phases; default 2
 * @param concurrency    batches each worker runs at once; default 2
 * @param roundTrips     round trips of each Kafka floor measurement; default 1000
 * @param commitInterval the coordinator's Streams commit interval; default 5 ms, as the coordinator's
 * @param workerJvms     1 to measure the heap of workers in JVMs of their own as a last phase, 0 not to; default 1
 * @param fetchWaitMs    the workers' consumer {@code fetch.max.wait.ms}, or -1 for the worker's own default
 *                       (Kafka's 500 ms); default -1
 * @param csvRows        rows of the generated CSV that the CSV phase uploads, extracts and exports, or 0 to skip
 *                       that phase ({@code --no-csv}); default 1,000,000
 * @param csvOnly        run only the CSV phase ({@code --csv-only}); default false
 * @param importRows     rows of the CSV that the import phase takes through validate, map, transform and export,
 *                       or 0 to skip that phase ({@code --no-import}); default 1,000,000
 * @param importOnly     run only the import phase ({@code --import-only}); default false
 */
record BenchOptions(int jobs, int sequentialJobs, int clients, long records, int workMicros, int workers,
                    int concurrency, int roundTrips, Duration commitInterval, boolean workerJvms, int fetchWaitMs,
                    long csvRows, boolean csvOnly, long importRows, boolean importOnly) {

    private static final Map<String, String> FLAGS = new LinkedHashMap<>();
    private static final Map<String, String> SWITCHES = new LinkedHashMap<>();

    static {
        FLAGS.put("--jobs", "small jobs in the concurrent phase (1000)");
        FLAGS.put("--sequential", "small jobs run one at a time (200)");
        FLAGS.put("--clients", "HTTP client threads creating small jobs (8)");
        FLAGS.put("--records", "records of the big job (1000000)");
        FLAGS.put("--work-micros", "CPU microseconds per record (2)");
        FLAGS.put("--workers", "workers: in-process, and worker JVMs in the heap and CSV phases (2)");
        FLAGS.put("--concurrency", "batches each worker runs at once (2)");
        FLAGS.put("--round-trips", "round trips of each Kafka floor measurement (1000)");
        FLAGS.put("--commit-interval-ms", "the coordinator's Streams commit interval (5)");
        FLAGS.put("--worker-jvms", "1: also measure workers' heap in JVMs of their own; 0: skip (1)");
        FLAGS.put("--worker-fetch-wait-ms", "the workers' fetch.max.wait.ms; -1 keeps the worker default (-1)");
        FLAGS.put("--csv-rows", "rows of the CSV uploaded, extracted and exported; 0 skips it (1000000)");
        SWITCHES.put("--csv-only", "run only the CSV phase");
        SWITCHES.put("--no-csv", "skip the CSV phase, as --csv-rows 0");
        FLAGS.put("--import-rows", "rows of the CSV taken through the full import; 0 skips it (1000000)");
        SWITCHES.put("--import-only", "run only the import phase");
        SWITCHES.put("--no-import", "skip the import phase, as --import-rows 0");
    }

    BenchOptions {
        require(jobs >= 1 && sequentialJobs >= 1 && clients >= 1, "--jobs, --sequential and --clients must be at least 1");
        require(records >= 1 && workMicros >= 0, "--records must be at least 1 and --work-micros at least 0");
        require(workers >= 1 && concurrency >= 1 && roundTrips >= 1, "--workers, --concurrency and --round-trips must be at least 1");
        require(!commitInterval.isNegative(), "--commit-interval-ms must be at least 0");
        require(fetchWaitMs >= -1, "--worker-fetch-wait-ms must be -1 or at least 0");
        require(csvRows >= 0, "--csv-rows must be at least 0");
        require(!csvOnly || csvRows > 0, "--csv-only needs a CSV phase: drop --no-csv, or give --csv-rows above 0");
        require(importRows >= 0, "--import-rows must be at least 0");
        require(!importOnly || importRows > 0, "--import-only needs an import phase: give --import-rows above 0");
        require(!(importOnly && csvOnly), "--import-only and --csv-only exclude each other");
    }

    static BenchOptions parse(String... args) {
        Map<String, Long> values = new LinkedHashMap<>();
        Set<String> switches = new HashSet<>();
        int i = 0;
        while (i < args.length) {
            String flag = args[i];
            if (SWITCHES.containsKey(flag)) {
                switches.add(flag);
                i++;
            } else if (FLAGS.containsKey(flag) && i + 1 < args.length) {
                values.put(flag, number(flag, args[i + 1]));
                i += 2;
            } else {
                throw new IllegalArgumentException("unknown flag or missing value: " + flag + "\n" + usage());
            }
        }
        require(!switches.contains("--no-csv") || !values.containsKey("--csv-rows"), "--no-csv and --csv-rows exclude each other");
        return new BenchOptions(
                whole(values, "--jobs", 1000),
                whole(values, "--sequential", 200),
                whole(values, "--clients", 8),
                values.getOrDefault("--records", 1_000_000L),
                whole(values, "--work-micros", 2),
                whole(values, "--workers", 2),
                whole(values, "--concurrency", 2),
                whole(values, "--round-trips", 1000),
                Duration.ofMillis(whole(values, "--commit-interval-ms", 5)),
                whole(values, "--worker-jvms", 1) != 0,
                whole(values, "--worker-fetch-wait-ms", -1),
                switches.contains("--no-csv") ? 0 : values.getOrDefault("--csv-rows", 1_000_000L),
                switches.contains("--csv-only"),
                switches.contains("--no-import") ? 0 : values.getOrDefault("--import-rows", 1_000_000L),
                switches.contains("--import-only"));
    }

    /** Whether the run has the import phase. */
    boolean imports() {
        return importRows > 0;
    }

    /** Whether the run has the CSV phase. */
    boolean csv() {
        return csvRows > 0;
    }

    private static int whole(Map<String, Long> values, String flag, int fallback) {
        long value = values.getOrDefault(flag, (long) fallback);
        require(value == (int) value, flag + " is too large: " + value);
        return (int) value;
    }

    /** The workers' settings for a broker at {@code bootstrap}: concurrency, id and any consumer override. */
    WorkerSettings workerSettings(String bootstrap, String workerId) {
        WorkerSettings settings = WorkerSettings.defaults(bootstrap).withConcurrency(concurrency).withWorkerId(workerId);
        return fetchWaitMs < 0 ? settings
                : settings.withConsumerOverride("fetch.max.wait.ms", Integer.toString(fetchWaitMs));
    }

    static String usage() {
        StringBuilder out = new StringBuilder("usage: bench/run [flag value | switch]...\n");
        FLAGS.forEach((flag, help) -> out.append(String.format("  %-22s %s%n", flag, help)));
        SWITCHES.forEach((flag, help) -> out.append(String.format("  %-22s %s%n", flag, help)));
        return out.toString();
    }

    private static long number(String flag, String value) {
        try {
            return Long.parseLong(value.replace("_", ""));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(flag + " needs a whole number, got '" + value + "'");
        }
    }

    private static void require(boolean ok, String message) {
        if (!ok) {
            throw new IllegalArgumentException(message);
        }
    }
}
