package dev.sluice.deploy.console;

import static dev.sluice.deploy.testing.ApiJobs.CREATED;
import static dev.sluice.deploy.testing.ApiJobs.anApiJob;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sluice.deploy.client.JobSnapshot;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Clock;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class ProgressLineTest {

    private final StringWriter text = new StringWriter();
    private final Clock clock = Clock.fixed(CREATED.plusSeconds(2), ZoneOffset.UTC);

    @Test
    void withoutATerminalALineIsPrintedOnlyWhenTheStatusOrTheTenthChanges() {
        ProgressLine line = new ProgressLine(new PrintWriter(text), false, 80, new ProgressBar(10), clock);

        line.update(job("running", 40));
        line.update(job("running", 45));
        line.update(job("running", 50));
        line.finish(job("completed", 100));

        assertThat(text.toString().lines()).hasSize(3)
                .allSatisfy(l -> assertThat(l).doesNotContain("\r"))
                .anySatisfy(l -> assertThat(l).startsWith("running   [####......]  40%"))
                .anySatisfy(l -> assertThat(l).startsWith("running   [#####.....]  50%"))
                .anySatisfy(l -> assertThat(l).startsWith("completed [##########] 100%"));
    }

    @Test
    void onATerminalTheLineRedrawsInPlaceAndEndsWhenTheJobEnds() {
        ProgressLine line = new ProgressLine(new PrintWriter(text), true, 200, new ProgressBar(10), clock);

        line.update(job("running", 40));
        line.finish(job("completed", 100));

        String out = text.toString();
        assertThat(out).startsWith("\rrunning   ").contains("\rcompleted ").endsWith(System.lineSeparator());
        assertThat(out.indexOf('\n')).isEqualTo(out.length() - 1);
    }

    @Test
    void aShorterLineBlanksWhatTheLongerOneLeftBehind() {
        ProgressLine line = new ProgressLine(new PrintWriter(text), true, 200, new ProgressBar(10), clock);
        JobSnapshot longer = JobSnapshot.of(anApiJob().errors(5).build());
        JobSnapshot shorter = JobSnapshot.of(anApiJob().build());

        line.update(longer);
        line.update(shorter);

        String[] draws = text.toString().split("\r");
        assertThat(draws[2]).hasSize(draws[1].length()).endsWith("  ".repeat(4));
    }

    @Test
    void onANarrowTerminalTheLineIsCutShortOfTheLastColumn() {
        ProgressLine line = new ProgressLine(new PrintWriter(text), true, 40, new ProgressBar(10), clock);

        line.update(job("running", 40));

        String drawn = text.toString().substring(1);
        assertThat(drawn).hasSize(39).endsWith("...");
    }

    private static JobSnapshot job(String status, int percent) {
        return JobSnapshot.of(anApiJob().status(status).progress(percent, percent * 2_000L, percent * 40 / 100).build());
    }
}
