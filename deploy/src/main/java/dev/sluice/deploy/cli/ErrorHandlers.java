package dev.sluice.deploy.cli;

import dev.sluice.deploy.TerseException;
import java.io.PrintWriter;
import java.util.LinkedHashSet;
import java.util.Set;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * How failures reach the user: one line on standard error, no stack trace. A usage error exits
 * with 2 and points at the command's help; any other failure exits with 1. Set
 * {@code SLUICE_DEBUG=1} to see the stack trace as well.
 */
public final class ErrorHandlers {

    /** The environment variable that turns stack traces on. */
    public static final String DEBUG_VARIABLE = "SLUICE_DEBUG";

    private ErrorHandlers() {
    }

    /** Wires both handlers into {@code cli}. */
    public static CommandLine install(CommandLine cli) {
        return cli.setParameterExceptionHandler(usage()).setExecutionExceptionHandler(failure(debug()));
    }

    static IParameterExceptionHandler usage() {
        return (ParameterException e, String[] args) -> {
            CommandLine cli = e.getCommandLine();
            PrintWriter err = cli.getErr();
            err.println("sluice: " + e.getMessage() + " (see '" + cli.getCommandSpec().qualifiedName() + " --help')");
            err.flush();
            return CommandLine.ExitCode.USAGE;
        };
    }

    static IExecutionExceptionHandler failure(boolean debug) {
        return (Exception e, CommandLine cli, ParseResult parsed) -> {
            PrintWriter err = cli.getErr();
            if (e instanceof TerseException) {
                err.println("sluice: " + e.getMessage());
            } else {
                err.println("sluice: " + describe(e) + (debug ? "" : " (set " + DEBUG_VARIABLE + "=1 for the stack trace)"));
            }
            if (debug) {
                e.printStackTrace(err);
            }
            err.flush();
            return CommandLine.ExitCode.SOFTWARE;
        };
    }

    /** The distinct messages of the cause chain, outermost first, on one line. */
    static String describe(Throwable e) {
        Set<String> messages = new LinkedHashSet<>();
        for (Throwable t = e; t != null && messages.size() < 4; t = t.getCause()) {
            String message = t.getMessage();
            String text = message == null || message.isBlank() ? t.getClass().getSimpleName() : message.strip();
            if (messages.stream().noneMatch(seen -> seen.contains(text))) {
                messages.add(text.replace('\n', ' '));
            }
        }
        return String.join(": ", messages);
    }

    private static boolean debug() {
        String value = System.getenv(DEBUG_VARIABLE);
        return value != null && !value.isBlank() && !"0".equals(value) && !"false".equalsIgnoreCase(value);
    }
}
