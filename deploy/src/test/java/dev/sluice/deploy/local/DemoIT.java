package dev.sluice.deploy.local;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sluice.deploy.Main;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.time.Instant;
import picocli.CommandLine;
import org.junit.jupiter.api.Test;

/** {@code sluice demo} end to end, in this JVM, on free ports. */
class DemoIT {

    @Test
    void theDemoRunsTheSampleJobToCompletionAndStopsCleanly() {
        CommandLine cli = Main.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        Instant start = Instant.now();

        int code = cli.execute("demo", "--http-port", "0", "--kafka-port", "0");

        assertThat(code).as("exit code; output:%n%s%n%s", out, err).isZero();
        assertThat(out.toString())
                .contains("completed [##############################] 100%")
                .contains("200,000/200,000 records")
                .contains("\"recordCount\" : 200000")
                .contains("\"status\" : \"completed\"")
                .endsWith("Stopped." + System.lineSeparator());
        assertThat(err.toString()).isEmpty();
        assertThat(Duration.between(start, Instant.now())).isLessThan(Duration.ofSeconds(90));
    }
}
