package dev.sluice.coordinator.schema;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sluice.common.json.Json;
import dev.sluice.common.record.SheetIds;
import dev.sluice.common.record.Workbook;
import dev.sluice.common.request.InvalidRequestException;
import dev.sluice.rules.cel.RuleSet;
import dev.sluice.rules.schema.Schema;
import dev.sluice.rules.schema.SchemaParser;
import dev.sluice.rules.schema.SheetSchema;
import dev.sluice.rules.value.DateOrder;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The workbooks {@code POST /api/v1/workbooks} creates: a schema (sheets of typed fields and business
 * rules) that data is mapped into. The body is checked whole, rules compiled, before anything is
 * stored; each sheet keeps its definition as given so that jobs reading it later parse the same schema.
 * Its sheets are named as an extract's are ({@link SheetIds}): {@code sh_X}, {@code sh_X_2}, ... in workbook
 * {@code wb_X}.
 */
public final class SchemaWorkbooks {

    private static final Set<String> TOP_LEVEL = Set.of("name", "sheets");

    private SchemaWorkbooks() {
    }

    /** A fresh workbook id: time-ordered, unique. */
    public static String freshId(Instant now) {
        return String.format("wb_s%012x%012x", now.toEpochMilli(), ThreadLocalRandom.current().nextLong() >>> 16);
    }

    /** The workbook a create body describes, or a 400 naming the field that is wrong. */
    @SuppressWarnings("unchecked")
    public static Workbook create(JsonNode body, String id, Instant now) throws InvalidRequestException {
        if (body == null || !body.isObject()) {
            throw new InvalidRequestException(null, "a workbook must be a JSON object with name and sheets");
        }
        for (Iterator<String> names = body.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!TOP_LEVEL.contains(name)) {
                throw new InvalidRequestException(name, "unknown field; a workbook has name and sheets");
            }
        }
        JsonNode name = body.get("name");
        if (name != null && !name.isNull() && !name.isTextual()) {
            throw new InvalidRequestException("name", "must be text");
        }
        Schema schema = SchemaParser.parse(body);
        List<Workbook.Sheet> sheets = new ArrayList<>();
        for (int i = 0; i < schema.sheets().size(); i++) {
            SheetSchema sheet = schema.sheets().get(i);
            RuleSet.compile(sheet.rules(), sheet.fields(), "sheets[" + i + "].rules", DateOrder.MDY);
            Map<String, Object> definition = Json.convert(body.get("sheets").get(i), Map.class);
            definition.put("key", sheet.key());
            sheets.add(new Workbook.Sheet(sheetId(id, i), sheet.name() != null ? sheet.name() : sheet.key(),
                    sheet.fields().stream().map(f -> f.key()).toList(), 0, List.of(), definition));
        }
        String title = name == null || name.isNull() ? schema.sheets().get(0).key() : name.asText();
        return new Workbook(id, title, Workbook.READY, null, now, sheets);
    }

    /** Sheet {@code index} (from 0) of workbook {@code workbookId}. */
    public static String sheetId(String workbookId, int index) {
        return SheetIds.of("sh_" + workbookId.substring("wb_".length()), index);
    }

    /** The schema of a sheet that has one, parsed as it was when its workbook was created. */
    public static Optional<SheetSchema> of(Workbook.Sheet sheet) {
        return Optional.ofNullable(sheet.schema()).map(definition -> SchemaParser.stored(definition, "sheet " + sheet.id()));
    }
}
