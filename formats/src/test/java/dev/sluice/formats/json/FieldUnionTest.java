package dev.sluice.formats.json;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class FieldUnionTest {

    @Test
    void theFieldsAreEveryRowsNamesInFirstSeenOrder() {
        FieldUnion union = new FieldUnion();
        JsonReading.whole("nested.json").rows().forEach(union::add);

        assertThat(union.names()).containsExactly("id", "name", "address.city", "address.geo.lat", "address.geo.lon",
                "tags", "active", "orders", "note", "score", "exp", "emoji", "empty", "mixed");
    }

    @Test
    void rangesAreCombinedInRangeOrder() {
        FieldUnion first = new FieldUnion();
        FieldUnion second = new FieldUnion();
        JsonReading.whole("{\"b\":1,\"a\":2}\n".getBytes(UTF_8)).rows().forEach(first::add);
        JsonReading.whole("{\"c\":1,\"a\":2}\n".getBytes(UTF_8)).rows().forEach(second::add);

        first.addAll(second.names());

        assertThat(first.names()).containsExactly("b", "a", "c");
    }

    @Test
    void moreDistinctNamesThanTheCapFailNamingTheRow() {
        FieldUnion union = new FieldUnion(2);
        List<JsonRow> rows = JsonReading.whole("{\"a\":1}\n{\"a\":1,\"b\":2}\n{\"c\":3}\n".getBytes(UTF_8)).rows();
        union.add(rows.get(0));
        union.add(rows.get(1));

        assertThatThrownBy(() -> union.add(rows.get(2))).isInstanceOf(FieldLimitException.class)
                .hasMessage("row 3 (byte 22): more than 2 distinct field names; a JSON import holds records that share their fields");
        assertThatThrownBy(() -> union.addAll(List.of("x"))).isInstanceOf(FieldLimitException.class);
    }
}
