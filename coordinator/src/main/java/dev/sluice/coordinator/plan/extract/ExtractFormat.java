package dev.sluice.coordinator.plan.extract;

import dev.sluice.formats.csv.CsvFormat;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/** The formats {@code file / extract} reads, by their {@code config.format} names, and the config keys each one reads. */
public enum ExtractFormat {
    CSV("csv", CsvFormat.CONFIG_KEYS),
    XLSX("xlsx", Set.of(XlsxExtract.HEADERS)),
    JSON("json", Set.of());

    /** The config key that names the format instead of telling it from the content. */
    public static final String CONFIG_KEY = "format";
    /** The batch input key that tells the worker which reader to use; absent means csv. */
    public static final String INPUT_KEY = "fileType";

    private final String wireName;
    private final Set<String> keys;

    ExtractFormat(String wireName, Set<String> keys) {
        this.wireName = wireName;
        this.keys = keys;
    }

    public String wireName() {
        return wireName;
    }

    /** The config keys this format reads, besides {@link #CONFIG_KEY}. */
    Set<String> keys() {
        return keys;
    }

    /** Every key some format reads, and {@link #CONFIG_KEY}. */
    public static Set<String> allKeys() {
        Set<String> all = new TreeSet<>(Set.of(CONFIG_KEY));
        Arrays.stream(values()).forEach(format -> all.addAll(format.keys));
        return all;
    }

    /** The format named {@code name}; empty for another name. */
    static Optional<ExtractFormat> named(String name) {
        return Arrays.stream(values()).filter(format -> format.wireName.equals(name)).findFirst();
    }

    /** The format of a planned job, as its plan's outputs say; csv for plans made before there were others. */
    public static ExtractFormat planned(Map<String, Object> outputs) {
        return named(String.valueOf(outputs.get(CONFIG_KEY))).orElse(CSV);
    }
}
