package dev.sluice.bench;

/**
 * Where jobs' create→complete time goes, split by when the bench saw each step: the request's
 * trip through the coordinator (POST to {@code job:queued}), the task's trip to a worker and its
 * first report on the results topic (pickup), and the coordinator folding the reports (report
 * to {@code job:completed}). Both coordinator steps wait for its transaction to commit.
 */
final class Breakdown {

    private final Latencies total = new Latencies();
    private final Latencies post = new Latencies();
    private final Latencies queued = new Latencies();
    private final Latencies pickup = new Latencies();
    private final Latencies folded = new Latencies();

    void add(JobTimer.Finished done) {
        JobWatch.Arrival arrival = done.arrival();
        total.add(done.totalNanos());
        post.add(done.job().postNanos());
        if (arrival.queuedNanos() != 0 && arrival.reportedNanos() != 0) {
            queued.add(arrival.queuedNanos() - done.job().startNanos());
            pickup.add(arrival.reportedNanos() - arrival.queuedNanos());
            folded.add(arrival.nanos() - arrival.reportedNanos());
        }
    }

    /** Create→complete latencies. */
    Latencies total() {
        return total;
    }

    /** The median of each step, and of the POST call. */
    String medians() {
        return "POST→queued " + Report.ms(queued.percentileMs(50)) + ", →worker report " + Report.ms(pickup.percentileMs(50))
                + ", →completed " + Report.ms(folded.percentileMs(50)) + "; POST returns after "
                + Report.ms(post.percentileMs(50));
    }
}
