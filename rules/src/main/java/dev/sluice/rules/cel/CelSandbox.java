package dev.sluice.rules.cel;

import dev.cel.common.CelOptions;
import dev.cel.common.types.SimpleType;
import dev.cel.compiler.CelCompiler;
import dev.cel.compiler.CelCompilerBuilder;
import dev.cel.compiler.CelCompilerFactory;
import dev.cel.runtime.CelRuntime;
import dev.cel.runtime.CelRuntimeFactory;
import java.util.Collection;
import java.util.regex.Pattern;

/**
 * The CEL environment rules run in, and why it is safe to run users' rules on a worker. CEL has no
 * I/O, no clock and no way to name anything but the declared variables and the standard functions.
 * On top of that:
 * <ul>
 *   <li>Macros are off ({@code has}, {@code all}, {@code exists}, {@code exists_one}, {@code map},
 *       {@code filter}, {@code cel.bind}). They are CEL's only loops; without them a rule's cost is
 *       linear in its length, and a record's fields are scalars, so nothing is lost.</li>
 *   <li>An expression is at most {@value #MAX_EXPRESSION_LENGTH} code points long and nests at
 *       most {@value #MAX_NESTING} deep, so that, without loops, its cost is bounded too.</li>
 *   <li>Regular expressions ({@code matches}) are RE2 (linear time) and their compiled program is
 *       at most {@value #MAX_REGEX_PROGRAM_SIZE} instructions.</li>
 *   <li>Comprehensions, should a later change turn macros on, stop after
 *       {@value #MAX_ITERATIONS} iterations.</li>
 * </ul>
 * CEL-Java has no wall-clock budget for one evaluation; the bounds above stand in for one.
 * Numbers compare across int and double ({@code age >= 18} with {@code age} a double), but
 * arithmetic does not mix them: write {@code age + 1.0}, not {@code age + 1}.
 */
final class CelSandbox {

    static final int MAX_EXPRESSION_LENGTH = 4096;
    static final int MAX_NESTING = 64;
    static final int MAX_REGEX_PROGRAM_SIZE = 10_000;
    static final int MAX_ITERATIONS = 1_000;

    private static final Pattern MACRO_CALL =
            Pattern.compile("(?:\\.\\s*(?:all|exists|exists_one|map|filter)|\\bhas|\\bcel\\s*\\.\\s*bind)\\s*\\(");

    private static final String MACRO_HINT =
            "; macros (has, all, exists, exists_one, map, filter, cel.bind) are off in rules"
                    + " so that a rule cannot loop";

    private static final CelOptions OPTIONS = CelOptions.current()
            .maxExpressionCodePointSize(MAX_EXPRESSION_LENGTH)
            .maxParseRecursionDepth(MAX_NESTING)
            .maxRegexProgramSize(MAX_REGEX_PROGRAM_SIZE)
            .comprehensionMaxIterations(MAX_ITERATIONS)
            .enableHeterogeneousNumericComparisons(true)
            .build();

    private static final CelRuntime RUNTIME = CelRuntimeFactory.standardCelRuntimeBuilder().setOptions(OPTIONS).build();

    private CelSandbox() {
    }

    /** A compiler that knows {@code variables} and wants a boolean result. */
    static CelCompiler compiler(Collection<CelVariable> variables) {
        CelCompilerBuilder builder = CelCompilerFactory.standardCelCompilerBuilder()
                .setOptions(OPTIONS)
                .setStandardMacros()
                .setResultType(SimpleType.BOOL);
        variables.forEach(v -> builder.addVar(v.name(), v.type()));
        return builder.build();
    }

    static CelRuntime runtime() {
        return RUNTIME;
    }

    /** A hint for a rule that did not compile because it used a macro, or an empty string. */
    static String macroHint(String expression) {
        return MACRO_CALL.matcher(expression).find() ? MACRO_HINT : "";
    }
}
