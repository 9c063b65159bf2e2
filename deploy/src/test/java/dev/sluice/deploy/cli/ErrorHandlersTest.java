package dev.sluice.deploy.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class ErrorHandlersTest {

    @Test
    void aFailureIsDescribedByTheDistinctMessagesOfItsCauses() {
        Exception e = new IllegalStateException("could not start",
                new RuntimeException("org.apache.kafka.common.errors.TimeoutException: no broker",
                        new TimeoutException("no broker")));

        assertThat(ErrorHandlers.describe(e))
                .isEqualTo("could not start: org.apache.kafka.common.errors.TimeoutException: no broker");
    }

    @Test
    void aFailureWithoutAMessageIsNamedByItsType() {
        assertThat(ErrorHandlers.describe(new NullPointerException())).isEqualTo("NullPointerException");
    }

    @Test
    void anUnexpectedFailureIsOneLineThatSaysHowToSeeTheStackTrace() throws Exception {
        StringWriter err = new StringWriter();
        CommandLine cli = new CommandLine(SluiceCommand.class, new CommandFactory(uri -> null)).setErr(new PrintWriter(err));

        int code = ErrorHandlers.failure(false).handleExecutionException(new IllegalStateException("boom"), cli, null);

        assertThat(code).isEqualTo(1);
        assertThat(err.toString()).isEqualTo("sluice: boom (set SLUICE_DEBUG=1 for the stack trace)"
                + System.lineSeparator());
    }

    @Test
    void inDebugModeTheStackTraceFollows() throws Exception {
        StringWriter err = new StringWriter();
        CommandLine cli = new CommandLine(SluiceCommand.class, new CommandFactory(uri -> null)).setErr(new PrintWriter(err));

        ErrorHandlers.failure(true).handleExecutionException(new IllegalStateException("boom"), cli, null);

        assertThat(err.toString()).startsWith("sluice: boom" + System.lineSeparator())
                .contains("at dev.sluice.deploy.cli.ErrorHandlersTest");
    }
}
