package dev.sluice.bench;

import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Rows of a customer export as people make them: an id, a name (now and then {@code Last, First} or
 * with a {@code "nickname"}, so quoted), an email, a city (a few with commas), an amount, a quantity,
 * a date, a status, a score and a free-text comment (empty, short or long, sometimes with commas,
 * quotes or a line break). Values are quoted per RFC 4180 when they need it.
 */
final class CsvRowMaker {

    static final List<String> COLUMNS = List.of("id", "name", "email", "city", "amount", "quantity", "created",
            "status", "score", "comment");

    private static final String[] FIRST = {"Anna", "Ben", "Chloé", "David", "Emma", "François", "Grace", "Hiro",
        "Isabel", "Jakub", "Kofi", "Lena", "Mateo", "Nora", "Oskar", "Priya", "Quinn", "Rafael", "Sofia", "Tomás",
        "Uma", "Viktor", "Wen", "Ximena", "Yusuf", "Zoë"};
    private static final String[] FIRST_ASCII = {"anna", "ben", "chloe", "david", "emma", "francois", "grace", "hiro",
        "isabel", "jakub", "kofi", "lena", "mateo", "nora", "oskar", "priya", "quinn", "rafael", "sofia", "tomas",
        "uma", "viktor", "wen", "ximena", "yusuf", "zoe"};
    private static final String[] LAST = {"Smith", "Müller", "O'Brien", "García", "Nakamura", "Kowalski", "Okafor",
        "Andersson", "Rossi", "Dubois", "Chen", "Patel", "Novák", "Silva", "Jensen", "Haddad", "Ivanova", "Kim"};
    private static final String[] LAST_ASCII = {"smith", "mueller", "obrien", "garcia", "nakamura", "kowalski",
        "okafor", "andersson", "rossi", "dubois", "chen", "patel", "novak", "silva", "jensen", "haddad", "ivanova", "kim"};
    private static final String[] NICK = {"Bear", "Doc", "Boss", "Red", "Ace"};
    private static final String[] DOMAINS = {"example.com", "mail.example", "corp.example", "example.org"};
    private static final String[] CITIES = {"Berlin", "Lisbon", "São Paulo", "Osaka", "Lagos", "Toronto",
        "Washington, D.C.", "Kraków", "Austin", "Paris, Texas", "Melbourne", "Reykjavík"};
    private static final String[] STATUSES = {"active", "active", "active", "pending", "closed", "suspended"};
    private static final String[] WORDS = {"the", "order", "arrived", "late", "customer", "asked", "about", "invoice",
        "please", "call", "back", "refund", "issued", "damaged", "box", "great", "service", "delivery", "on", "time",
        "needs", "follow-up", "address", "changed", "VIP", "discount", "applied", "next", "week", "no", "answer"};
    private static final long FIRST_DAY = LocalDate.of(2015, 1, 1).toEpochDay();
    private static final int DAYS = 3650;

    private final SplittableRandom random;
    private final StringBuilder value = new StringBuilder(128);

    CsvRowMaker(SplittableRandom random) {
        this.random = random;
    }

    /** Appends row {@code id}'s fields, without the line break. */
    void append(long id, StringBuilder line) {
        int first = random.nextInt(FIRST.length);
        int last = random.nextInt(LAST.length);
        line.append(id).append(',');
        field(line, name(first, last)).append(',');
        line.append(FIRST_ASCII[first]).append('.').append(LAST_ASCII[last]).append(id % 100).append('@')
                .append(DOMAINS[random.nextInt(DOMAINS.length)]).append(',');
        field(line, CITIES[random.nextInt(CITIES.length)]).append(',');
        decimal(line, random.nextLong(-5_000, 1_000_000), 2).append(',');
        line.append(1 + random.nextInt(500)).append(',');
        line.append(LocalDate.ofEpochDay(FIRST_DAY + random.nextInt(DAYS))).append(',');
        line.append(STATUSES[random.nextInt(STATUSES.length)]).append(',');
        decimal(line, random.nextInt(10_001), 4).append(',');
        field(line, comment());
    }

    private String name(int first, int last) {
        value.setLength(0);
        int kind = random.nextInt(20);
        if (kind == 0) {
            return value.append(LAST[last]).append(", ").append(FIRST[first]).toString();
        }
        value.append(FIRST[first]).append(' ');
        if (kind == 1) {
            value.append('"').append(NICK[random.nextInt(NICK.length)]).append("\" ");
        }
        return value.append(LAST[last]).toString();
    }

    private String comment() {
        value.setLength(0);
        int kind = random.nextInt(100);
        if (kind < 25) {
            return "";
        }
        int words = kind < 90 ? 1 + random.nextInt(3) : 6 + random.nextInt(8);
        for (int i = 0; i < words; i++) {
            if (i > 0) {
                value.append(kind % 10 == 0 && i == words / 2 ? ", " : " ");
            }
            value.append(WORDS[random.nextInt(WORDS.length)]);
        }
        if (kind == 99 && random.nextInt(10) == 0) {
            value.append("\nsecond line");
        } else if (kind == 98) {
            value.append(" \"urgent\"");
        }
        return value.toString();
    }

    /** {@code units} with {@code places} decimals: (12345, 2) is {@code 123.45}. */
    private static StringBuilder decimal(StringBuilder line, long units, int places) {
        long scale = places == 2 ? 100 : 10_000;
        if (units < 0) {
            line.append('-');
            units = -units;
        }
        String fraction = Long.toString(scale + units % scale);
        return line.append(units / scale).append('.').append(fraction, 1, fraction.length());
    }

    private static StringBuilder field(StringBuilder line, String text) {
        boolean quote = text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0;
        if (!quote) {
            return line.append(text);
        }
        line.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                line.append('"');
            }
            line.append(c);
        }
        return line.append('"');
    }
}
