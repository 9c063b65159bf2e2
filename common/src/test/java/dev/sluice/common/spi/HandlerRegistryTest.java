package dev.sluice.common.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class HandlerRegistryTest {

    /** A handler that only has a name. */
    record Named(String operation) implements BatchHandler {
        @Override
        public BatchResult run(Batch batch, BatchContext context) {
            return new BatchResult(0, 0);
        }
    }

    /** A second class for an operation, as a clashing plugin jar would bring. */
    record Other(String operation) implements BatchHandler {
        @Override
        public BatchResult run(Batch batch, BatchContext context) {
            return new BatchResult(0, 0);
        }
    }

    @Test
    void twoHandlersForOneOperationFailNamingItAndBothClasses() {
        List<BatchHandler> handlers = List.of(new Named("extract"), new Named("export"), new Other("extract"));

        assertThatThrownBy(() -> new HandlerRegistry(handlers))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("'extract'")
                .hasMessageContaining(Named.class.getName())
                .hasMessageContaining(Other.class.getName());
    }

    @Test
    void findReturnsTheHandlerOfItsOperationOnly() {
        Named extract = new Named("extract");
        Named export = new Named("export");
        HandlerRegistry registry = new HandlerRegistry(List.of(extract, export));

        assertThat(registry.find("extract")).containsSame(extract);
        assertThat(registry.find("export")).containsSame(export);
        assertThat(registry.find("transform")).isEmpty();
    }

    @Test
    void operationsAreListedInOrder() {
        HandlerRegistry registry = new HandlerRegistry(List.of(new Named("map"), new Named("export"), new Named("extract")));

        assertThat(registry.operations()).containsExactly("export", "extract", "map");
    }
}
