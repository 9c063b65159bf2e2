package dev.sluice.worker.data;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.Callback;
import org.apache.kafka.clients.producer.RecordMetadata;

/**
 * Counts the acknowledgements of one writer's sends and keeps the lowest and highest offset and
 * the first failure. One instance is the callback of every send, so a send allocates nothing here.
 */
final class Acks implements Callback {

    private long completed;
    private long minOffset = Long.MAX_VALUE;
    private long maxOffset = -1;
    private Exception failure;

    @Override
    public synchronized void onCompletion(RecordMetadata metadata, Exception exception) {
        if (exception != null) {
            failure = failure == null ? exception : failure;
        } else {
            minOffset = Math.min(minOffset, metadata.offset());
            maxOffset = Math.max(maxOffset, metadata.offset());
        }
        completed++;
        notifyAll();
    }

    /** Throws the first failure, if a send has failed already. */
    /** True once some send has failed; cheap enough to ask on every send. */
    synchronized boolean failed() {
        return failure != null;
    }

    synchronized void throwIfFailed(String what) throws IOException {
        if (failure != null) {
            throw new IOException("Kafka did not store " + what + ": " + failure.getMessage(), failure);
        }
    }

    /** Waits until {@code sent} sends have completed, then throws the first failure, if any. */
    synchronized void await(long sent, long timeoutMs, String what) throws IOException {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(timeoutMs);
        try {
            while (completed < sent) {
                long left = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
                if (left <= 0) {
                    throw new IOException(what + ": " + (sent - completed) + " sends still unacknowledged after " + timeoutMs + " ms");
                }
                wait(left);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while waiting for Kafka to store " + what);
        }
        throwIfFailed(what);
    }

    synchronized long minOffset() {
        return minOffset;
    }

    synchronized long maxOffset() {
        return maxOffset;
    }
}
