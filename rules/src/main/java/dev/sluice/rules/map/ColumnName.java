package dev.sluice.rules.map;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A column or field name reduced to what it says, so that {@code E-mail Address},
 * {@code email_address} and {@code emailAddress} read alike. In order: accents are dropped
 * ({@code Prénom} → {@code prenom}); camelCase and letter-digit boundaries become spaces
 * ({@code firstName} → {@code first Name}, {@code userID} → {@code user ID}, {@code address1} →
 * {@code address 1}); everything is lower case; every run of other characters (punctuation,
 * underscores, whitespace) separates words; and a one-letter word is joined to the word after it,
 * so that {@code e-mail} is {@code email}.
 *
 * @param tokens  the words, in order
 * @param compact the words run together, which is what names are compared by ({@code emailaddress})
 * @param digits  the numbers in the name, in order, joined by commas; empty when none
 */
record ColumnName(List<String> tokens, String compact, String digits) {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern CAMEL = Pattern.compile(
            "(?<=[a-z])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])|(?<=[A-Za-z])(?=[0-9])|(?<=[0-9])(?=[A-Za-z])");
    private static final Pattern SEPARATORS = Pattern.compile("[^a-z0-9]+");
    private static final Pattern NUMBER = Pattern.compile("[0-9]+");

    static ColumnName of(String raw) {
        String plain = MARKS.matcher(Normalizer.normalize(raw == null ? "" : raw, Normalizer.Form.NFD)).replaceAll("");
        String spaced = CAMEL.matcher(plain).replaceAll(" ").toLowerCase(Locale.ROOT);
        String words = SEPARATORS.matcher(spaced).replaceAll(" ").trim();
        List<String> tokens = joinSingleLetters(words.isEmpty() ? List.of() : List.of(words.split(" ")));
        return new ColumnName(tokens, String.join("", tokens), digits(words));
    }

    boolean isEmpty() {
        return compact.isEmpty();
    }

    private static List<String> joinSingleLetters(List<String> words) {
        List<String> tokens = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            if (isLetter(word) && i + 1 < words.size() && Character.isLetter(words.get(i + 1).charAt(0))) {
                tokens.add(word + words.get(++i));
            } else {
                tokens.add(word);
            }
        }
        return List.copyOf(tokens);
    }

    private static boolean isLetter(String word) {
        return word.length() == 1 && Character.isLetter(word.charAt(0));
    }

    private static String digits(String words) {
        List<String> numbers = new ArrayList<>();
        Matcher matcher = NUMBER.matcher(words);
        while (matcher.find()) {
            numbers.add(matcher.group().replaceFirst("^0+(?=.)", ""));
        }
        return String.join(",", numbers);
    }
}
