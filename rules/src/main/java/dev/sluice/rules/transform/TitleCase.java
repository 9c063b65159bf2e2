package dev.sluice.rules.transform;

import java.util.Locale;

/**
 * {@code titleCase}: every word starts with a capital and goes on in lower case
 * ({@code mARY-jane smith} → {@code Mary-Jane Smith}). A word starts at a letter that follows
 * anything but a letter, a digit or an apostrophe ({@code 3rd} stays {@code 3rd}). After an
 * apostrophe a letter is capital only when one letter comes before it, so that {@code o'neil} is
 * {@code O'Neil} but {@code don't} is {@code Don't}. Inner capitals are not guessed:
 * {@code MCDONALD} becomes {@code Mcdonald}.
 */
final class TitleCase implements Operation {

    static final TitleCase INSTANCE = new TitleCase();

    private TitleCase() {
    }

    @Override
    public StepResult apply(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(lower.length());
        int wordLength = 0;
        int previous = ' ';
        for (int i = 0; i < lower.length(); i += Character.charCount(previous)) {
            int c = lower.codePointAt(i);
            if (Character.isLetter(c)) {
                boolean capital = wordLength == 0 || isApostrophe(previous) && wordLength == 1;
                out.appendCodePoint(capital ? Character.toTitleCase(c) : c);
                wordLength++;
            } else {
                out.appendCodePoint(c);
                wordLength = Character.isDigit(c) ? wordLength + 1 : isApostrophe(c) ? wordLength : 0;
            }
            previous = c;
        }
        return StepResult.changed(out.toString());
    }

    private static boolean isApostrophe(int c) {
        return c == '\'' || c == '\u2019';
    }
}
