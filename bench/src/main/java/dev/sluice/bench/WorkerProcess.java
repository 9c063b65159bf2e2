package dev.sluice.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** A {@link WorkerMain} in a child JVM with the bench's classpath, and the commands it answers. */
final class WorkerProcess implements AutoCloseable {

    static final String MAX_HEAP = "-Xmx256m";

    private final Process process;
    private final PrintWriter commands;
    private final BufferedReader answers;

    private WorkerProcess(Process process) {
        this.process = process;
        this.commands = new PrintWriter(process.getOutputStream(), true, StandardCharsets.UTF_8);
        this.answers = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    }

    /** Starts the JVM and returns once its worker has started. */
    static WorkerProcess start(String bootstrap, BenchOptions options, String workerId) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(List.of(java, MAX_HEAP, "-cp", System.getProperty("java.class.path"),
                WorkerMain.class.getName(), bootstrap, workerId, Integer.toString(options.concurrency()),
                Integer.toString(options.fetchWaitMs())))
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        WorkerProcess worker = new WorkerProcess(process);
        worker.expect("ready");
        return worker;
    }

    void resetPeak() throws IOException {
        commands.println("reset");
        expect("ok");
    }

    HeapMeter.Peak peak() throws IOException {
        commands.println("peak");
        String[] parts = expect("peak").split(" ");
        return new HeapMeter.Peak(Long.parseLong(parts[1]), Long.parseLong(parts[2]));
    }

    private String expect(String prefix) throws IOException {
        String line = answers.readLine();
        if (line == null || !line.startsWith(prefix)) {
            throw new IOException("worker JVM answered '" + line + "' where '" + prefix + "' was expected");
        }
        return line;
    }

    /** Closes its stdin, which shuts the worker down, and waits for the JVM to exit. */
    @Override
    public void close() throws InterruptedException {
        commands.close();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }
}
