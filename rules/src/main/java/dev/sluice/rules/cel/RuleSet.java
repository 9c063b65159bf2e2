package dev.sluice.rules.cel;

import dev.cel.common.CelAbstractSyntaxTree;
import dev.cel.common.CelIssue;
import dev.cel.common.CelSourceLocation;
import dev.cel.common.CelValidationException;
import dev.cel.common.CelValidationResult;
import dev.cel.compiler.CelCompiler;
import dev.cel.runtime.CelEvaluationException;
import dev.sluice.common.request.InvalidRequestException;
import dev.sluice.rules.FieldMessage;
import dev.sluice.rules.schema.FieldSchema;
import dev.sluice.rules.schema.RuleSpec;
import dev.sluice.rules.value.DateOrder;
import dev.sluice.rules.value.Dates;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Business rules in CEL, compiled once against a sheet's fields and evaluated per record. Each
 * field whose key is a CEL identifier is a variable of its type (see {@link CelVariable}); a rule
 * naming anything else does not compile. A record's absent values stay unknown, so a rule whose
 * result depends on them is {@link RuleVerdict.Outcome#SKIPPED skipped}, never failed. Evaluation
 * never throws. Immutable and safe to share between threads. See {@link CelSandbox} for the
 * bounds on what a rule may cost.
 */
public final class RuleSet {

    /** Where rules come from in a job's config, for error messages. */
    public static final String CONFIG_PATH = "config.rules";

    private final List<CelVariable> variables;
    private final List<CompiledRule> rules;

    private RuleSet(List<CelVariable> variables, List<CompiledRule> rules) {
        this.variables = variables;
        this.rules = rules;
    }

    /** {@link #compile(List, List, String, DateOrder)} for {@code config.rules}, dates month first. */
    public static RuleSet compile(List<RuleSpec> rules, List<FieldSchema> fields) throws InvalidRequestException {
        return compile(rules, fields, CONFIG_PATH, DateOrder.MDY);
    }

    /**
     * @param rules     the rules, in order
     * @param fields    the fields a record may have
     * @param path      where the rules are in the request, such as {@code config.rules} or {@code sheets[0].rules}
     * @param dateOrder how slashed dates in records are read before rules see them as ISO strings
     * @throws InvalidRequestException naming {@code path[i]} with CEL's reason when rule {@code i} does
     *                                 not compile or has a non-boolean result, or {@code path[i].field}
     *                                 when it names a field that does not exist
     */
    public static RuleSet compile(List<RuleSpec> rules, List<FieldSchema> fields, String path, DateOrder dateOrder)
            throws InvalidRequestException {
        List<CelVariable> variables = fields.stream()
                .filter(f -> Identifiers.usable(f.key()))
                .map(f -> CelVariable.of(f, Dates.common(dateOrder)))
                .toList();
        CelCompiler compiler = CelSandbox.compiler(variables);
        List<CompiledRule> compiled = new ArrayList<>();
        for (int i = 0; i < rules.size(); i++) {
            String rulePath = path + "[" + i + "]";
            RuleSpec rule = rules.get(i);
            checkField(rule, fields, rulePath);
            compiled.add(compileOne(compiler, i, rule, rulePath));
        }
        Set<String> named = new HashSet<>();
        compiled.forEach(rule -> named.addAll(rule.variableAt().values()));
        // Only the fields some rule names are read per record: reading a date or an enum has a cost.
        List<CelVariable> used = variables.stream().filter(v -> named.contains(v.name())).toList();
        return new RuleSet(used, List.copyOf(compiled));
    }

    public int size() {
        return rules.size();
    }

    /** Every rule's verdict on {@code record}, in rule order. */
    public List<RuleVerdict> verdicts(Map<String, Object> record) {
        Map<String, Object> bindings = bind(record);
        return rules.stream().map(rule -> rule.evaluate(bindings)).toList();
    }

    /** The messages of the rules {@code record} breaks or that could not be evaluated on it, in rule order. */
    public List<FieldMessage> evaluate(Map<String, Object> record) {
        return verdicts(record).stream().map(RuleVerdict::message).flatMap(Optional::stream).toList();
    }

    private Map<String, Object> bind(Map<String, Object> record) {
        Map<String, Object> bindings = new HashMap<>();
        for (CelVariable variable : variables) {
            variable.bind(record.get(variable.name())).ifPresent(value -> bindings.put(variable.name(), value));
        }
        return bindings;
    }

    private static void checkField(RuleSpec rule, List<FieldSchema> fields, String path)
            throws InvalidRequestException {
        if (rule.field() != null && fields.stream().noneMatch(f -> f.key().equals(rule.field()))) {
            throw new InvalidRequestException(path + ".field", "there is no field '" + rule.field() + "'");
        }
    }

    private static CompiledRule compileOne(CelCompiler compiler, int index, RuleSpec rule, String path)
            throws InvalidRequestException {
        CelValidationResult result = compiler.compile(rule.expression());
        if (result.hasError()) {
            throw new InvalidRequestException(path, "does not compile: " + describe(result.getErrors())
                    + CelSandbox.macroHint(rule.expression()));
        }
        try {
            CelAbstractSyntaxTree ast = result.getAst();
            Optional<String> badPattern = RegexLiterals.problem(ast);
            if (badPattern.isPresent()) {
                throw new InvalidRequestException(path, "does not compile: " + badPattern.get());
            }
            return CompiledRule.of(index, rule, ast, CelSandbox.runtime().createProgram(ast));
        } catch (CelValidationException | CelEvaluationException e) {
            throw new InvalidRequestException(path, "does not compile: " + e.getMessage());
        }
    }

    /** CEL's issues as {@code line:column: message} (both from 1, as CEL displays them), joined by {@code "; "}. */
    private static String describe(List<CelIssue> issues) {
        Set<String> lines = new LinkedHashSet<>();
        for (CelIssue issue : issues) {
            CelSourceLocation at = issue.getSourceLocation();
            lines.add(at.getLine() + ":" + (at.getColumn() + 1) + ": " + issue.getMessage());
        }
        return String.join("; ", lines);
    }
}
