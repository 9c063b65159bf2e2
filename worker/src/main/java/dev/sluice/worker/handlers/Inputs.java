package dev.sluice.worker.handlers;

import dev.sluice.common.json.Json;
import dev.sluice.common.spi.BatchContext;
import dev.sluice.common.spi.BatchFailure;
import java.util.Map;

/** Helpers the data handlers share: reading a batch's input, and stopping when asked to. */
final class Inputs {

    /** How many records a handler processes between two looks at {@link BatchContext#stopRequested()}. */
    static final int STOP_CHECK_INTERVAL = 2048;

    private Inputs() {
    }

    /**
     * The planner's input as {@code type}. A batch whose input does not fit fails for good: only a
     * new plan could fix it.
     */
    static <T> T convert(Map<String, Object> input, Class<T> type, String operation) throws BatchFailure {
        try {
            return Json.convert(input, type);
        } catch (IllegalArgumentException e) {
            throw new BatchFailure("the input of this " + operation + " batch is not valid: " + rootMessage(e), false);
        }
    }

    /** A check that fails for good, naming the input field. */
    static void require(boolean ok, String field, String problem) throws BatchFailure {
        if (!ok) {
            throw new BatchFailure("input." + field + " " + problem, false);
        }
    }

    /** Throws when the batch should stop, every {@link #STOP_CHECK_INTERVAL} records. */
    static void checkStop(BatchContext context, long done) throws InterruptedException {
        if (done % STOP_CHECK_INTERVAL == 0 && (context.stopRequested() || Thread.currentThread().isInterrupted())) {
            throw new InterruptedException("stopped after " + done + " records");
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
