package dev.sluice.formats.json;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One object of a JSON file, flattened: nested objects give dotted names ({@code address.city}),
 * arrays are JSON text. The values are {@code String}, {@code Long}, {@code BigDecimal},
 * {@code Boolean} or null; the rules are in the package documentation.
 *
 * @param fields the values by flat name, in the order the file has them; unmodifiable
 */
public record JsonRow(long rowIndex, long byteOffset, Map<String, Object> fields) implements JsonItem {
    public JsonRow {
        // A copy that keeps the file's order and allows null values, which Map.copyOf does not.
        fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    }
}
