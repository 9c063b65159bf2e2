package dev.sluice.worker.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Decides which buffered task runs next. Levels are priorities, 0 the highest. The rule: a task
 * that has waited longer than {@code aging} is overdue, and the overdue task that has waited
 * longest goes first (on a tie, the higher priority); when none is overdue, the oldest task of
 * the highest non-empty level goes. Within a level tasks leave in the order they came.
 *
 * <p>Under a steady load of high tasks a low task therefore waits at most about {@code aging}
 * once it is buffered, so no level starves. Pure: no clock reads, no I/O, not thread-safe.
 *
 * @param <T> what is buffered
 */
public final class PriorityPicker<T> {

    private record Waiting<T>(T item, Instant since) {
    }

    private final List<ArrayDeque<Waiting<T>>> levels = new ArrayList<>();
    private final Duration aging;

    /**
     * @param levels how many priorities there are
     * @param aging  how long a task may wait before it is taken ahead of higher priorities; positive
     */
    public PriorityPicker(int levels, Duration aging) {
        if (levels < 1 || aging.isNegative() || aging.isZero()) {
            throw new IllegalArgumentException("need levels >= 1 and a positive aging, got " + levels + ", " + aging);
        }
        for (int i = 0; i < levels; i++) {
            this.levels.add(new ArrayDeque<>());
        }
        this.aging = aging;
    }

    /** Buffers {@code item} at priority {@code level}, received at {@code now}. */
    public void add(int level, T item, Instant now) {
        levels.get(level).addLast(new Waiting<>(item, now));
    }

    /** Removes and returns the task that should run at {@code now}, if any is buffered. */
    public Optional<T> next(Instant now) {
        int chosen = overdueLongest(now);
        if (chosen < 0) {
            chosen = highestNonEmpty();
        }
        return chosen < 0 ? Optional.empty() : Optional.of(levels.get(chosen).removeFirst().item());
    }

    /** Buffered tasks at {@code level}. */
    public int size(int level) {
        return levels.get(level).size();
    }

    /** Buffered tasks at all levels. */
    public int size() {
        return levels.stream().mapToInt(ArrayDeque::size).sum();
    }

    /** Removes and returns the buffered tasks that match. */
    public List<T> removeIf(Predicate<? super T> matches) {
        List<T> removed = new ArrayList<>();
        for (ArrayDeque<Waiting<T>> level : levels) {
            for (Iterator<Waiting<T>> it = level.iterator(); it.hasNext(); ) {
                T item = it.next().item();
                if (matches.test(item)) {
                    it.remove();
                    removed.add(item);
                }
            }
        }
        return removed;
    }

    private int overdueLongest(Instant now) {
        Instant deadline = now.minus(aging);
        int chosen = -1;
        for (int level = 0; level < levels.size(); level++) {
            Waiting<T> head = levels.get(level).peekFirst();
            boolean overdue = head != null && head.since().isBefore(deadline);
            if (overdue && (chosen < 0 || head.since().isBefore(levels.get(chosen).peekFirst().since()))) {
                chosen = level;
            }
        }
        return chosen;
    }

    private int highestNonEmpty() {
        for (int level = 0; level < levels.size(); level++) {
            if (!levels.get(level).isEmpty()) {
                return level;
            }
        }
        return -1;
    }
}
