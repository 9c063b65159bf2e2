package dev.sluice.deploy.console;

import dev.sluice.deploy.client.JobSnapshot;
import java.io.PrintWriter;
import java.time.Clock;

/**
 * Puts a {@link ProgressBar} on a console. On a terminal the line redraws itself in place and is cut
 * to the terminal's width; elsewhere (a pipe, a log file, a test) it prints a new line only when the
 * status changes or the progress passes another tenth, so logs stay short.
 */
public final class ProgressLine {

    private final PrintWriter out;
    private final boolean live;
    private final int columns;
    private final ProgressBar bar;
    private final Clock clock;
    private int shown;
    private String lastStep;

    /**
     * @param live    redraw in place with carriage returns; for a terminal
     * @param columns the terminal's width; lines are cut to one less, so the cursor never wraps
     */
    public ProgressLine(PrintWriter out, boolean live, int columns, ProgressBar bar, Clock clock) {
        this.out = out;
        this.live = live;
        this.columns = columns;
        this.bar = bar;
        this.clock = clock;
    }

    /** A line on {@code out} that redraws in place when the process has a terminal. */
    public static ProgressLine on(PrintWriter out, Clock clock) {
        return new ProgressLine(out, Terminal.interactive(), Terminal.columns(), new ProgressBar(), clock);
    }

    public void update(JobSnapshot job) {
        String text = bar.render(job, ProgressBar.elapsed(job, clock.instant()));
        if (live) {
            redraw(text);
        } else {
            String step = job.status() + "/" + job.progress() / 10;
            if (!step.equals(lastStep)) {
                out.println(text);
                out.flush();
                lastStep = step;
            }
        }
    }

    /** Shows the job's last state and ends the line. */
    public void finish(JobSnapshot job) {
        update(job);
        if (live) {
            out.println();
            out.flush();
        }
    }

    private void redraw(String text) {
        String fitted = text.length() < columns ? text : text.substring(0, Math.max(0, columns - 4)) + "...";
        out.print("\r" + fitted + " ".repeat(Math.max(0, shown - fitted.length())));
        out.flush();
        shown = fitted.length();
    }
}
