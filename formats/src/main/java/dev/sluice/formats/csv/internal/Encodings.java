package dev.sluice.formats.csv.internal;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** The encodings Sluice reads CSV in, by the names a job's config may use. */
public final class Encodings {
    public static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    public static final String NAMES_HINT =
            "utf-8, iso-8859-1 (latin1), windows-1252 (cp1252), us-ascii, utf-16, utf-16le, utf-16be";

    private static final Map<String, Charset> BY_NAME = Map.ofEntries(
            Map.entry("utf-8", StandardCharsets.UTF_8),
            Map.entry("utf8", StandardCharsets.UTF_8),
            Map.entry("iso-8859-1", StandardCharsets.ISO_8859_1),
            Map.entry("latin1", StandardCharsets.ISO_8859_1),
            Map.entry("windows-1252", WINDOWS_1252),
            Map.entry("cp1252", WINDOWS_1252),
            Map.entry("us-ascii", StandardCharsets.US_ASCII),
            Map.entry("utf-16", StandardCharsets.UTF_16),
            Map.entry("utf-16le", StandardCharsets.UTF_16LE),
            Map.entry("utf-16be", StandardCharsets.UTF_16BE));
    private static final Set<Charset> ASCII_COMPATIBLE =
            Set.of(StandardCharsets.UTF_8, StandardCharsets.ISO_8859_1, WINDOWS_1252, StandardCharsets.US_ASCII);

    private Encodings() {
    }

    /** The charset a config name stands for (case and surrounding blanks ignored), or null. */
    public static Charset byName(String name) {
        return BY_NAME.get(name.strip().toLowerCase(Locale.ROOT));
    }

    public static boolean supported(Charset charset) {
        return BY_NAME.containsValue(charset);
    }

    public static boolean asciiCompatible(Charset charset) {
        return ASCII_COMPATIBLE.contains(charset);
    }

    public static boolean utf16(Charset charset) {
        return supported(charset) && !asciiCompatible(charset);
    }

    /** The lower-case name used in messages, such as {@code utf-8}. */
    public static String display(Charset charset) {
        return charset.name().toLowerCase(Locale.ROOT);
    }
}
