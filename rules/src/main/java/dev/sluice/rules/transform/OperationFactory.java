package dev.sluice.rules.transform;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sluice.common.request.InvalidRequestException;
import java.util.Set;

/** Makes an {@link Operation} from one entry of {@code config.transformations}, checking its arguments. */
public interface OperationFactory {

    /** The name {@code operation} gives, such as {@code formatPhone}. */
    String name();

    /** The entry's fields besides {@code field} and {@code operation} that this operation reads. */
    Set<String> arguments();

    /**
     * @param step the entry, an object whose unknown fields have already been refused
     * @param path the entry's path, such as {@code config.transformations[2]}, to name a bad argument
     */
    Operation create(JsonNode step, String path) throws InvalidRequestException;

    /** A factory for an operation without arguments. */
    static OperationFactory simple(String name, Operation operation) {
        return new OperationFactory() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public Set<String> arguments() {
                return Set.of();
            }

            @Override
            public Operation create(JsonNode step, String path) {
                return operation;
            }
        };
    }
}
