package dev.sluice.coordinator.pool;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sluice.common.job.Resources;
import dev.sluice.common.request.InvalidRequestException;
import java.util.List;
import org.junit.jupiter.api.Test;

class PoolCatalogTest {

    private final PoolCatalog catalog = new PoolCatalog(List.of(
            new Pool("default", new Resources(2000, 4L << 30)),
            new Pool("large", new Resources(8000, 32L << 30)),
            new Pool("medium", new Resources(4000, 16L << 30))));

    @Test
    void aJobThatAsksNothingGoesToTheDefaultPool() throws Exception {
        assertThat(catalog.choose(Resources.NONE).name()).isEqualTo("default");
    }

    @Test
    void aJobGoesToTheSmallestPoolThatFits() throws Exception {
        assertThat(catalog.choose(new Resources(1000, 1L << 30)).name()).isEqualTo("default");
        assertThat(catalog.choose(new Resources(3000, 1L << 30)).name()).isEqualTo("medium");
        assertThat(catalog.choose(new Resources(0, 20L << 30)).name()).isEqualTo("large");
    }

    @Test
    void aJobNoPoolFitsIsRefusedNamingResourcesAndThePools() {
        assertThatThrownBy(() -> catalog.choose(new Resources(16000, 0)))
                .isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("options.resources")
                .hasMessageContaining("large (cpu 8000m, memory 32GB)");
    }

    @Test
    void aCatalogWithoutADefaultPoolIsRefused() {
        assertThatThrownBy(() -> new PoolCatalog(List.of(new Pool("gpu", Resources.NONE))))
                .hasMessageContaining("default");
    }

    @Test
    void poolsAreReadAsTheCliTakesThem() throws Exception {
        Pool pool = PoolCatalog.parsePool("gpu:cpu=8,memory=64Gi");
        assertThat(pool).isEqualTo(new Pool("gpu", new Resources(8000, 64L << 30)));
        assertThatThrownBy(() -> PoolCatalog.parsePool("gpu:disk=1")).hasMessageContaining("unknown key 'disk'");
    }
}
