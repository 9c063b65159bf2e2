package dev.sluice.worker.it;

import dev.sluice.embedded.EmbeddedKafka;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Gives tests one embedded broker per test JVM: started when first asked for, closed when the
 * JVM's tests are done. Tests share it, so each works under a topic prefix of its own.
 */
public final class SharedKafka implements ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(SharedKafka.class);

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == EmbeddedKafka.class;
    }

    @Override
    public EmbeddedKafka resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return context.getRoot().getStore(NAMESPACE).getOrComputeIfAbsent("kafka",
                key -> EmbeddedKafka.start(EmbeddedKafka.Settings.defaults()), EmbeddedKafka.class);
    }
}
