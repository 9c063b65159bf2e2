package dev.sluice.rules.cel;

import dev.cel.common.CelAbstractSyntaxTree;
import dev.cel.runtime.CelEvaluationException;
import dev.cel.runtime.CelRuntime;
import dev.cel.runtime.CelUnknownSet;
import dev.sluice.rules.schema.RuleSpec;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeSet;

/**
 * One rule, compiled once and evaluated per record. {@code variableAt} maps the expression ids of
 * variable references to their names, so that a skipped rule can say which fields it lacked.
 */
record CompiledRule(int index, RuleSpec rule, CelRuntime.Program program, Map<Long, String> variableAt) {

    static CompiledRule of(int index, RuleSpec rule, CelAbstractSyntaxTree ast, CelRuntime.Program program) {
        Map<Long, String> variables = new HashMap<>();
        ast.getReferenceMap().forEach((id, reference) -> {
            if (!reference.name().isEmpty()) {
                variables.put(id, reference.name());
            }
        });
        return new CompiledRule(index, rule, program, Map.copyOf(variables));
    }

    /** Never throws: whatever goes wrong inside CEL becomes an {@code ERROR} verdict. */
    RuleVerdict evaluate(Map<String, Object> bindings) {
        try {
            Object result = program.eval(bindings);
            if (result instanceof Boolean passed) {
                return verdict(passed ? RuleVerdict.Outcome.PASSED : RuleVerdict.Outcome.FAILED, "");
            }
            if (result instanceof CelUnknownSet unknown) {
                return verdict(RuleVerdict.Outcome.SKIPPED, "depends on absent fields: " + absent(unknown));
            }
            return verdict(RuleVerdict.Outcome.ERROR, "the result is " + result + ", not true or false");
        } catch (CelEvaluationException | RuntimeException e) {
            return verdict(RuleVerdict.Outcome.ERROR, String.valueOf(e.getMessage()));
        }
    }

    private String absent(CelUnknownSet unknown) {
        TreeSet<String> names = new TreeSet<>();
        unknown.unknownExprIds().forEach(id -> names.add(variableAt.getOrDefault(id, "#" + id)));
        return String.join(", ", names);
    }

    private RuleVerdict verdict(RuleVerdict.Outcome outcome, String detail) {
        return new RuleVerdict(index, rule, outcome, detail);
    }
}
