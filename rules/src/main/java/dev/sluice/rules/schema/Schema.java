package dev.sluice.rules.schema;

import java.util.List;
import java.util.Optional;

/** A workbook schema: the sheets that mapped records are checked against. Read one with {@link SchemaParser}. */
public record Schema(List<SheetSchema> sheets) {

    public Schema {
        sheets = List.copyOf(sheets);
        if (sheets.stream().map(SheetSchema::key).distinct().count() != sheets.size()) {
            throw new IllegalArgumentException("two sheets have one key");
        }
    }

    public Optional<SheetSchema> sheet(String key) {
        return sheets.stream().filter(s -> s.key().equals(key)).findFirst();
    }
}
