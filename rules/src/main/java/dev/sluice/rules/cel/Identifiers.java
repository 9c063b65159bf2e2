package dev.sluice.rules.cel;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * Which field keys can be CEL variables: identifiers ({@code [A-Za-z_][A-Za-z0-9_]*}) that are not
 * CEL's reserved words. A field such as {@code e-mail} or {@code in} cannot be named in a rule.
 */
final class Identifiers {

    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    private static final Set<String> RESERVED = Set.of("as", "break", "const", "continue", "else", "false", "for",
            "function", "if", "import", "in", "let", "loop", "package", "namespace", "null", "return", "true", "var",
            "void", "while");

    private Identifiers() {
    }

    static boolean usable(String key) {
        return IDENTIFIER.matcher(key).matches() && !RESERVED.contains(key);
    }
}
