package dev.sluice.bench;

import dev.sluice.common.spi.HandlerRegistry;
import dev.sluice.worker.Worker;
import dev.sluice.worker.WorkerSettings;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.concurrent.TimeUnit;

/**
 * A worker in a JVM of its own, driven by {@link WorkerProcess} over stdin and stdout: it prints
 * {@code ready} once started, answers {@code reset} with {@code ok} and {@code peak} with
 * {@code peak <used> <afterGc>} (bytes), and shuts down when stdin closes.
 * Arguments: bootstrap servers, worker id, concurrency, and {@code fetch.max.wait.ms} (-1 for the default).
 */
public final class WorkerMain {

    private WorkerMain() {
    }

    public static void main(String[] args) throws Exception {
        try (HeapMeter meter = new HeapMeter()) {
            BenchOptions options = BenchOptions.parse("--concurrency", args[2], "--worker-fetch-wait-ms", args[3]);
            WorkerSettings settings = options.workerSettings(args[0], args[1]);
            Worker worker = Worker.start(settings, HandlerRegistry.discover(WorkerMain.class.getClassLoader()),
                    new SimpleMeterRegistry(), Clock.systemUTC());
            System.out.println("ready");
            var in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                answer(line.trim(), meter);
            }
            worker.shutdown().get(60, TimeUnit.SECONDS);
        }
        System.exit(0);
    }

    private static void answer(String command, HeapMeter meter) {
        switch (command) {
            case "reset" -> {
                meter.reset();
                System.out.println("ok");
            }
            case "peak" -> {
                HeapMeter.Peak peak = meter.peak();
                System.out.println("peak " + peak.used() + " " + peak.afterGc());
            }
            default -> System.out.println("error unknown command '" + command + "'");
        }
        System.out.flush();
    }
}
