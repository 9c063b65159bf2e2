package dev.sluice.rules.value;

import java.util.regex.Pattern;

/**
 * A pragmatic email syntax check: what a mail form accepts, not all of RFC 5322. A local part of
 * letters, digits and {@code !#$%&'*+/=?^_`{|}~-} in dot-separated runs (no leading, trailing or
 * double dot), an {@code @}, and a domain of at least two dot-separated labels of letters, digits
 * and inner hyphens, 254 characters at most. Refused although the RFC allows them: quoted local
 * parts, IP-literal domains, single-label domains ({@code user@localhost}) and non-ASCII
 * (internationalised addresses must arrive in their punycode form). It says nothing about whether
 * the mailbox exists.
 */
public final class Emails {

    private static final String ATOM = "[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+";
    private static final String LABEL = "[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?";
    private static final Pattern EMAIL =
            Pattern.compile(ATOM + "(?:\\." + ATOM + ")*@" + LABEL + "(?:\\." + LABEL + ")+");
    private static final int MAX_LENGTH = 254;

    private Emails() {
    }

    public static boolean isValid(String text) {
        return text != null && text.length() <= MAX_LENGTH && EMAIL.matcher(text).matches();
    }
}
