package dev.sluice.rules.cel;

import com.google.re2j.Pattern;
import com.google.re2j.PatternSyntaxException;
import dev.cel.common.CelAbstractSyntaxTree;
import dev.cel.common.ast.CelConstant;
import dev.cel.common.ast.CelExpr;
import dev.cel.common.navigation.CelNavigableAst;
import java.util.List;
import java.util.Optional;

/**
 * Checks the literal patterns of a rule's {@code matches} calls when it is compiled. CEL itself only
 * compiles them when a record is evaluated, so a malformed or oversized pattern would otherwise pass
 * creation and then fail on every record.
 */
final class RegexLiterals {

    private RegexLiterals() {
    }

    /** The first problem with a literal pattern in {@code ast}, or empty when there is none. */
    static Optional<String> problem(CelAbstractSyntaxTree ast) {
        return CelNavigableAst.fromAst(ast).getRoot().allNodes()
                .map(node -> node.expr())
                .filter(expr -> expr.getKind() == CelExpr.ExprKind.Kind.CALL)
                .filter(expr -> expr.call().function().equals("matches"))
                .map(expr -> literalPattern(expr.call().args()))
                .flatMap(Optional::stream)
                .map(RegexLiterals::check)
                .flatMap(Optional::stream)
                .findFirst();
    }

    /** The pattern is the last argument: {@code s.matches(p)} has one, {@code matches(s, p)} two. */
    private static Optional<String> literalPattern(List<CelExpr> args) {
        if (args.isEmpty()) {
            return Optional.empty();
        }
        CelExpr pattern = args.get(args.size() - 1);
        if (pattern.getKind() != CelExpr.ExprKind.Kind.CONSTANT
                || pattern.constant().getKind() != CelConstant.Kind.STRING_VALUE) {
            return Optional.empty();
        }
        return Optional.of(pattern.constant().stringValue());
    }

    private static Optional<String> check(String pattern) {
        try {
            int size = Pattern.compile(pattern).programSize();
            if (size > CelSandbox.MAX_REGEX_PROGRAM_SIZE) {
                return Optional.of("pattern '" + abbreviated(pattern) + "' compiles to " + size
                        + " instructions; the limit is " + CelSandbox.MAX_REGEX_PROGRAM_SIZE);
            }
            return Optional.empty();
        } catch (PatternSyntaxException e) {
            return Optional.of("pattern '" + abbreviated(pattern) + "' is not an RE2 regular expression: "
                    + e.getDescription());
        }
    }

    private static String abbreviated(String pattern) {
        return pattern.length() <= 60 ? pattern : pattern.substring(0, 57) + "...";
    }
}
