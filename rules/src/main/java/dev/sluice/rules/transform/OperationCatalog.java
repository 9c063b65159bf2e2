package dev.sluice.rules.transform;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The operations {@code config.transformations} may name, keyed by name. Two factories with one
 * name fail at construction, not at the first job that uses them.
 */
public final class OperationCatalog {

    private static final OperationCatalog STANDARD = new OperationCatalog(List.of(
            OperationFactory.simple("titleCase", TitleCase.INSTANCE),
            OperationFactory.simple("lowercase", text -> StepResult.changed(text.toLowerCase(Locale.ROOT))),
            OperationFactory.simple("uppercase", text -> StepResult.changed(text.toUpperCase(Locale.ROOT))),
            OperationFactory.simple("trim", text -> StepResult.changed(text.strip())),
            FormatPhone.FACTORY,
            FormatDate.FACTORY,
            Replace.FACTORY));

    private final Map<String, OperationFactory> factories;

    public OperationCatalog(Collection<OperationFactory> factories) {
        Map<String, OperationFactory> byName = new TreeMap<>();
        for (OperationFactory factory : factories) {
            if (byName.putIfAbsent(factory.name(), factory) != null) {
                throw new IllegalArgumentException("two operations are named '" + factory.name() + "'");
            }
        }
        this.factories = Map.copyOf(byName);
    }

    /**
     * {@code titleCase}, {@code lowercase}, {@code uppercase}, {@code trim} (Unicode whitespace at
     * both ends), {@code formatPhone}, {@code formatDate} and {@code replace}. Case changes use no
     * locale's special rules, so that {@code I} lowers to {@code i} on every machine.
     */
    public static OperationCatalog standard() {
        return STANDARD;
    }

    public Optional<OperationFactory> find(String name) {
        return Optional.ofNullable(factories.get(name));
    }

    /** The names, sorted, for error messages. */
    public String names() {
        return String.join(", ", new TreeMap<>(factories).keySet());
    }
}
