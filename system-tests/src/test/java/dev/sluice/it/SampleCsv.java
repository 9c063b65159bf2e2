package dev.sluice.it;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** A generated CSV with the awkward parts real files have: quotes, delimiters and line breaks in values, CRLF, accents. */
final class SampleCsv {

    static final List<String> FIELDS = List.of("id", "name", "email", "note");

    final List<List<String>> rows = new ArrayList<>();
    final byte[] bytes;

    SampleCsv(int count) {
        StringBuilder text = new StringBuilder("\uFEFFid,name,email,note\r\n");
        for (int i = 0; i < count; i++) {
            List<String> row = List.of(Integer.toString(i), name(i), "user" + i + "@example.com", note(i));
            rows.add(row);
            text.append(String.join(",", row.stream().map(SampleCsv::quoted).toList())).append("\r\n");
        }
        bytes = text.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String name(int i) {
        return switch (i % 4) {
            case 0 -> "Zoë O'Brien";
            case 1 -> "Smith, John";
            case 2 -> "The \"Boss\" " + i;
            default -> "plain" + i;
        };
    }

    private static String note(int i) {
        return i % 7 == 0 ? "line one\nline two" : i % 5 == 0 ? "" : "n" + i;
    }

    private static String quoted(String value) {
        boolean quote = value.contains(",") || value.contains("\"") || value.contains("\n");
        return quote ? "\"" + value.replace("\"", "\"\"") + "\"" : value;
    }
}
