package dev.sluice.common.spi;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.TreeMap;

/** The handlers of one worker, by operation. Two handlers for one operation fail at start-up. */
public final class HandlerRegistry {

    private final Map<String, BatchHandler> byOperation;

    public HandlerRegistry(Collection<? extends BatchHandler> handlers) {
        Map<String, BatchHandler> map = new TreeMap<>();
        for (BatchHandler handler : handlers) {
            BatchHandler earlier = map.putIfAbsent(handler.operation(), handler);
            if (earlier != null) {
                throw new IllegalStateException("two handlers for operation '" + handler.operation() + "': "
                        + earlier.getClass().getName() + " and " + handler.getClass().getName());
            }
        }
        this.byOperation = Map.copyOf(map);
    }

    /** The handlers that {@link ServiceLoader} finds on the class path of {@code loader}. */
    public static HandlerRegistry discover(ClassLoader loader) {
        return new HandlerRegistry(ServiceLoader.load(BatchHandler.class, loader).stream()
                .map(ServiceLoader.Provider::get).toList());
    }

    public Optional<BatchHandler> find(String operation) {
        return Optional.ofNullable(byOperation.get(operation));
    }

    public Set<String> operations() {
        return new java.util.TreeSet<>(byOperation.keySet());
    }
}
