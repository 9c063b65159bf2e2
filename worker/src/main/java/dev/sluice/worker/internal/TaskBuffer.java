package dev.sluice.worker.internal;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The tasks a worker holds, shared by the poll thread that fills it and the batch threads that
 * take from it. The choice of the next task is {@link PriorityPicker}'s. A task taken stays
 * counted as handed out until it is {@link #settled()}, so a shutdown knows what it waits for.
 * When a take leaves a priority half of {@code perPriority}, {@code roomAgain} runs, so that the
 * poll thread can resume that priority's paused partitions at once rather than at its next poll.
 */
final class TaskBuffer {

    private final PriorityPicker<Delivery> picker;
    private final Clock clock;
    private final int lowWatermark;
    private final Runnable roomAgain;
    private boolean closed;
    private int handedOut;

    TaskBuffer(PriorityPicker<Delivery> picker, Clock clock, int perPriority, Runnable roomAgain) {
        this.picker = picker;
        this.clock = clock;
        this.lowWatermark = perPriority / 2;
        this.roomAgain = roomAgain;
    }

    /** Buffers a task; ignored once the buffer is closed. */
    synchronized void add(Delivery delivery) {
        if (!closed) {
            picker.add(delivery.priority(), delivery, clock.instant());
            notifyAll();
        }
    }

    /** Waits for the next task to run; empty once the buffer is closed. */
    synchronized Optional<Delivery> take() throws InterruptedException {
        while (!closed) {
            Optional<Delivery> next = picker.next(clock.instant());
            if (next.isPresent()) {
                handedOut++;
                if (picker.size(next.get().priority()) == lowWatermark) {
                    roomAgain.run();
                }
                return next;
            }
            wait();
        }
        return Optional.empty();
    }

    /** A task taken earlier is finished and its report is sent or given up on. */
    synchronized void settled() {
        handedOut--;
    }

    /** Tasks taken and not yet settled. */
    synchronized int handedOut() {
        return handedOut;
    }

    /** Tasks buffered at {@code priority}. */
    synchronized int size(int priority) {
        return picker.size(priority);
    }

    /** Removes and returns the buffered tasks that match. */
    synchronized List<Delivery> remove(Predicate<Delivery> matches) {
        return picker.removeIf(matches);
    }

    /** Drops every buffered task, wakes the waiting takers, and refuses new tasks. */
    synchronized void close() {
        closed = true;
        picker.removeIf(delivery -> true);
        notifyAll();
    }
}
