package dev.sluice.formats.xlsx.internal;

import java.math.BigDecimal;

/** A cell's number as the value Sluice uses: a {@code Long} when it is whole and fits, else the {@code BigDecimal} as stored. */
final class Numbers {
    private Numbers() {
    }

    static Object of(BigDecimal number) {
        if (number.signum() == 0) {
            return 0L;
        }
        if (number.stripTrailingZeros().scale() <= 0 && number.abs().compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) <= 0) {
            return number.longValueExact();
        }
        return number;
    }
}
