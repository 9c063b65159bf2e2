package dev.sluice.common.job;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ErrorBudgetTest {

    @Test
    void unlimitedNeverBreaks() {
        assertThat(ErrorBudget.UNLIMITED.exceeded(10, 10)).isNull();
    }

    @Test
    void maxErrorsAllowsExactlyThatManyAndNamesTheLimitPastIt() {
        ErrorBudget budget = new ErrorBudget(3, -1);

        assertThat(budget.exceeded(100, 3)).isNull();
        assertThat(budget.exceeded(100, 4)).isEqualTo("4 records failed, more than config.maxErrors (3)");
    }

    @Test
    void maxErrorRateComparesTheShareOfFailedRecords() {
        ErrorBudget budget = new ErrorBudget(-1, 0.1);

        assertThat(budget.exceeded(100, 10)).isNull();
        assertThat(budget.exceeded(100, 11)).contains("11 of 100 records failed (11.00%)").contains("config.maxErrorRate (0.1)");
        assertThat(budget.exceeded(0, 0)).isNull();
    }

    @Test
    void zeroMaxErrorsFailsOnTheFirstFailedRecord() {
        assertThat(new ErrorBudget(0, -1).exceeded(1000, 1)).contains("more than config.maxErrors (0)");
    }
}
