package dev.sluice.deploy.local;

import java.util.ArrayDeque;
import java.util.Deque;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What to undo, in reverse order of start. Every step runs even when an earlier one fails; failures
 * are logged, since a shutdown has no caller left to tell.
 */
final class ShutdownSteps {

    private static final Logger LOG = LoggerFactory.getLogger(ShutdownSteps.class);

    /** One thing to stop. */
    interface Step {
        void run() throws Exception;
    }

    private final Deque<NamedStep> steps = new ArrayDeque<>();

    private record NamedStep(String name, Step step) {
    }

    /** Adds a step that runs before every step added earlier. */
    synchronized void add(String name, Step step) {
        steps.push(new NamedStep(name, step));
    }

    /** Runs and forgets every step, the last added first. */
    synchronized void runAll() {
        while (!steps.isEmpty()) {
            NamedStep next = steps.pop();
            try {
                next.step().run();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                LOG.warn("Interrupted while stopping {}", next.name());
            } catch (Exception e) {
                LOG.warn("Stopping {} failed: {}", next.name(), e.toString());
            }
        }
    }
}
