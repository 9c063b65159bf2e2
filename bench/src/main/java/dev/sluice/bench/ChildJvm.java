package dev.sluice.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A component of the cluster ({@link WorkerMain}, {@link CoordinatorMain}) in a JVM of its own with
 * the bench's classpath and {@value #MAX_HEAP}, so that its heap is seen apart from the others'.
 * Both sides of the line protocol over the child's stdin and stdout live here: the child prints
 * {@code ready [details]} once started, answers {@code reset} with {@code ok} and {@code peak} with
 * {@code peak <used> <afterGc>} (bytes), and stops when its stdin closes. Its stderr is the bench's.
 */
final class ChildJvm implements AutoCloseable {

    static final String MAX_HEAP = "-Xmx256m";
    /** A child that runs out of heap exits at once, as in a container, instead of limping on with a dead thread. */
    private static final String ON_OUT_OF_MEMORY = "-XX:+ExitOnOutOfMemoryError";
    /** Extra options for every child JVM, such as {@code -XX:StartFlightRecording=filename=/tmp/{name}.jfr}. */
    static final String OPTIONS_VARIABLE = "SLUICE_BENCH_CHILD_OPTS";

    private final String name;
    private final Process process;
    private final PrintWriter commands;
    private final BufferedReader answers;
    private String details = "";

    private ChildJvm(String name, Process process) {
        this.name = name;
        this.process = process;
        this.commands = new PrintWriter(process.getOutputStream(), true, StandardCharsets.UTF_8);
        this.answers = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    }

    /** Starts {@code main} with {@code args} and returns once the child has said {@code ready}. */
    static ChildJvm start(String name, Class<?> main, List<String> args) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                MAX_HEAP, ON_OUT_OF_MEMORY));
        command.addAll(extraOptions(name));
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), main.getName()));
        command.addAll(args);
        Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        ChildJvm child = new ChildJvm(name, process);
        String ready = child.expect("ready");
        child.details = ready.substring("ready".length()).trim();
        return child;
    }

    /**
     * JVM options from the environment variable {@value #OPTIONS_VARIABLE}, split on spaces, with
     * {@code {name}} replaced by the child's name: a flight recording per child, for example.
     */
    private static List<String> extraOptions(String name) {
        String given = System.getenv(OPTIONS_VARIABLE);
        if (given == null || given.isBlank()) {
            return List.of();
        }
        return List.of(given.trim().replace("{name}", name).split("\\s+"));
    }

    /** What the child said after {@code ready}, such as its HTTP port. */
    String details() {
        return details;
    }

    String name() {
        return name;
    }

    /** CPU time the JVM has used so far, all its threads together, to the OS's tick (10 ms); 0 if the OS will not say. */
    long cpuNanos() {
        return process.info().totalCpuDuration().map(Duration::toNanos).orElse(0L);
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
            String exit = process.isAlive() ? "" : " (it exited with status " + process.exitValue() + ")";
            throw new IOException(name + " JVM answered '" + line + "' where '" + prefix + "' was expected" + exit);
        }
        return line;
    }

    /** Closes its stdin, which stops the component, and waits for the JVM to exit. */
    @Override
    public void close() throws InterruptedException {
        commands.close();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }

    /**
     * The child's side: says {@code ready details}, then answers commands from stdin with
     * {@code meter} until stdin closes. Call it from the child's main once the component runs.
     */
    static void serve(String details, HeapMeter meter) throws IOException {
        System.out.println(details.isEmpty() ? "ready" : "ready " + details);
        System.out.flush();
        var in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            answer(line.trim(), meter);
        }
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
