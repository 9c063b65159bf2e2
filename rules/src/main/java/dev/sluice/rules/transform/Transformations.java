package dev.sluice.rules.transform;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sluice.common.request.InvalidRequestException;
import dev.sluice.rules.FieldMessage;
import dev.sluice.rules.internal.JsonReads;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The steps of {@code config.transformations: [{field, operation, ...arguments}]}, parsed once at
 * job creation and applied per record, in order; several steps may change one field. A step reads
 * the value as text (a JSON number or boolean too); a null or absent value is left alone; a value a
 * step does not change keeps its original type. Immutable and safe to share between threads.
 */
public final class Transformations {

    /** Where the steps are in a job's request, for error messages. */
    public static final String CONFIG_PATH = "config.transformations";

    private static final Set<String> STEP_FIELDS = Set.of("field", "operation");

    private final List<Transformation> steps;

    private Transformations(List<Transformation> steps) {
        this.steps = List.copyOf(steps);
    }

    /** {@link #parse(JsonNode, Set, OperationCatalog)} with the {@link OperationCatalog#standard standard} catalog. */
    public static Transformations parse(JsonNode list, Set<String> knownFields) throws InvalidRequestException {
        return parse(list, knownFields, OperationCatalog.standard());
    }

    /**
     * @param list        the value of {@code config.transformations}
     * @param knownFields the fields of the records to transform
     * @throws InvalidRequestException naming {@code config.transformations[i].field} for a field not in
     *                                 {@code knownFields}, {@code .operation} for an unknown operation, or
     *                                 the argument at fault
     */
    public static Transformations parse(JsonNode list, Set<String> knownFields, OperationCatalog catalog)
            throws InvalidRequestException {
        if (list == null || list.isNull() || !list.isArray() || list.isEmpty()) {
            throw new InvalidRequestException(CONFIG_PATH, "must be a non-empty array of {field, operation}");
        }
        List<Transformation> steps = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            steps.add(step(list.get(i), JsonReads.index(CONFIG_PATH, i), knownFields, catalog));
        }
        return new Transformations(steps);
    }

    public List<Transformation> steps() {
        return steps;
    }

    /** The record after every step, with a message for each step that refused its value. */
    public TransformResult apply(Map<String, Object> record) {
        Map<String, Object> values = new LinkedHashMap<>(record);
        List<FieldMessage> messages = new ArrayList<>();
        for (Transformation step : steps) {
            Object value = values.get(step.field());
            if (value == null) {
                continue;
            }
            String text = String.valueOf(value);
            StepResult result = step.operation().apply(text);
            if (result instanceof StepResult.Refused refused) {
                messages.add(FieldMessage.error(step.field(), refused.code(), refused.message()));
            } else if (result instanceof StepResult.Changed changed && !changed.text().equals(text)) {
                values.put(step.field(), changed.text());
            }
        }
        return new TransformResult(values, messages);
    }

    private static Transformation step(JsonNode node, String path, Set<String> knownFields, OperationCatalog catalog)
            throws InvalidRequestException {
        JsonReads.object(node, path);
        String field = JsonReads.requiredText(node, "field", path + ".field");
        if (!knownFields.contains(field)) {
            throw new InvalidRequestException(path + ".field", "unknown field '" + field + "'; the fields are "
                    + String.join(", ", new TreeSet<>(knownFields)));
        }
        String name = JsonReads.requiredText(node, "operation", path + ".operation");
        OperationFactory factory = catalog.find(name).orElseThrow(() -> new InvalidRequestException(
                path + ".operation", "unknown operation '" + name + "'; use one of " + catalog.names()));
        Set<String> allowed = new HashSet<>(STEP_FIELDS);
        allowed.addAll(factory.arguments());
        JsonReads.onlyKnown(node, path, allowed);
        return new Transformation(field, name, factory.create(node, path));
    }
}
