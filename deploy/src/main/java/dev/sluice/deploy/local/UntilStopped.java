package dev.sluice.deploy.local;

import dev.sluice.deploy.TerseException;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

/**
 * Runs a long-lived role until the process is told to stop (SIGTERM, Ctrl-C). The stop then waits,
 * in a shutdown hook, for the role's own clean shutdown, so a worker finishes its batches and a
 * coordinator commits before the JVM exits.
 */
public final class UntilStopped {

    /** How long a clean shutdown may take before the JVM exits anyway. */
    public static final Duration SHUTDOWN_TIMEOUT = Duration.ofSeconds(60);

    private UntilStopped() {
    }

    /**
     * Blocks until the JVM shuts down, or until {@code ended} completes because the role stopped by
     * itself, which is a failure.
     *
     * @param name     what runs, for messages, such as {@code the worker}
     * @param ended    completes when the role has stopped for any reason; a role that cannot stop by
     *                 itself passes a future that never completes
     * @param shutdown starts the role's clean shutdown and returns its completion
     * @param err      where to say that the role is stopping
     * @throws TerseException when the role stopped without being asked
     */
    public static void run(String name, CompletableFuture<?> ended, Supplier<CompletableFuture<?>> shutdown,
                           PrintWriter err) throws InterruptedException {
        Thread hook = new Thread(() -> stop(name, shutdown, err), "sluice-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            ended.get();
        } catch (ExecutionException e) {
            throw new TerseException(name + " stopped: " + e.getCause().getMessage(), e.getCause());
        }
        if (!removed(hook)) {
            // The hook is running: the JVM is already on its way out, after the clean shutdown.
            return;
        }
        throw new TerseException(name + " stopped by itself; see the log above for why");
    }

    private static boolean removed(Thread hook) {
        try {
            return Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            return false;
        }
    }

    private static void stop(String name, Supplier<CompletableFuture<?>> shutdown, PrintWriter err) {
        err.println("Stopping " + name + "...");
        err.flush();
        try {
            shutdown.get().get(SHUTDOWN_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            err.println("Stopped " + name + ".");
        } catch (TimeoutException e) {
            err.println(name + " did not stop within " + SHUTDOWN_TIMEOUT.toSeconds() + " s; exiting anyway");
        } catch (ExecutionException e) {
            err.println(name + " did not stop cleanly: " + e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        err.flush();
    }
}
