package dev.sluice.worker.handlers;

/**
 * Picks a share of numbered items evenly and exactly: item {@code i} is picked when
 * {@code floor((i + 1) * rate) > floor(i * rate)}, so of items 0 to n-1 exactly
 * {@code floor(n * rate)} are picked, spread out rather than bunched. No randomness: a test knows
 * the counts to expect.
 */
public final class EvenSpread {

    private EvenSpread() {
    }

    public static boolean picks(long index, double rate) {
        if (rate <= 0) {
            return false;
        }
        return Math.floor((index + 1) * rate) > Math.floor(index * rate);
    }
}
