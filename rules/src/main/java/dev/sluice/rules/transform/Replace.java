package dev.sluice.rules.transform;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.re2j.Pattern;
import com.google.re2j.PatternSyntaxException;
import dev.sluice.common.request.InvalidRequestException;
import dev.sluice.rules.internal.JsonReads;
import java.util.Set;
import java.util.regex.Matcher;

/**
 * {@code replace}: every occurrence of {@code pattern} becomes {@code replacement} (default empty).
 * The pattern is literal text unless {@code regex: true}; then it is an RE2 regular expression,
 * which runs in time linear in the value (no backreferences or lookaround, so that a user's pattern
 * cannot hang a worker), and the replacement may use {@code $1} for groups.
 */
final class Replace implements Operation {

    private static final java.util.regex.Pattern GROUP_REFERENCE = java.util.regex.Pattern.compile("\\$(\\d{1,9})");

    static final OperationFactory FACTORY = new OperationFactory() {
        @Override
        public String name() {
            return "replace";
        }

        @Override
        public Set<String> arguments() {
            return Set.of("pattern", "replacement", "regex");
        }

        @Override
        public Operation create(JsonNode step, String path) throws InvalidRequestException {
            String pattern = JsonReads.text(step, "pattern", path + ".pattern");
            if (pattern == null || pattern.isEmpty()) {
                throw new InvalidRequestException(path + ".pattern", "is required and cannot be empty");
            }
            String given = JsonReads.text(step, "replacement", path + ".replacement");
            String replacement = given == null ? "" : given;
            if (!JsonReads.bool(step, "regex", path + ".regex", false)) {
                return text -> StepResult.changed(text.replace(pattern, replacement));
            }
            Pattern regex = regex(pattern, path + ".pattern");
            return new Replace(regex, checked(regex, replacement, path));
        }
    };

    private final Pattern pattern;
    private final String replacement;

    private Replace(Pattern pattern, String replacement) {
        this.pattern = pattern;
        this.replacement = replacement;
    }

    @Override
    public StepResult apply(String text) {
        try {
            return StepResult.changed(pattern.matcher(text).replaceAll(replacement));
        } catch (RuntimeException e) {
            // A named group the pattern lacks (${name}) is only found when a value matches.
            return StepResult.refused("invalid_replacement", "cannot replace in '" + text + "': " + e.getMessage());
        }
    }

    private static Pattern regex(String pattern, String path) throws InvalidRequestException {
        try {
            return Pattern.compile(pattern);
        } catch (PatternSyntaxException e) {
            throw new InvalidRequestException(path, "is not an RE2 regular expression: " + e.getDescription());
        }
    }

    /** Refuses a {@code $n} beyond the pattern's groups now, rather than failing on every value later. */
    private static String checked(Pattern pattern, String replacement, String path) throws InvalidRequestException {
        int groups = pattern.groupCount();
        Matcher reference = GROUP_REFERENCE.matcher(replacement);
        while (reference.find()) {
            if (Integer.parseInt(reference.group(1)) > groups) {
                throw new InvalidRequestException(path + ".replacement", "refers to group $" + reference.group(1)
                        + " but the pattern has " + groups + " group" + (groups == 1 ? "" : "s"));
            }
        }
        return replacement;
    }
}
