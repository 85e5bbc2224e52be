package io.industrypulse.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** The per-row formulas of DESIGN.md section 5 and their one rule for a missing ratio or PPI. */
class RowValueTest {

    @Test
    void valuesARowByTheFormulas() {
        // 100 万元 at r = 0.25 and PPI 125: 100 * 0.25 / 1.25 = 20
        assertThat(RowValue.comparable(100, 0.25, 125, 0)).isCloseTo(20.0, within(1e-12));
        assertThat(RowValue.base(80, 0.25, 0)).isCloseTo(20.0, within(1e-12));
        assertThat(RowValue.profile(60, 0.3, 0)).isCloseTo(18.0, within(1e-12));
    }

    @Test
    void aRowWithoutPpiOrRatioIsRefusedNamingWhatIsMissing() {
        assertThatThrownBy(() -> RowValue.comparable(100, 0.25, Double.NaN, 7))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("row 7: no ppi for its division and period");
        assertThatThrownBy(() -> RowValue.comparable(100, 0, 100, 3))
                .hasMessage("row 3: no va ratio for its division and period");
        assertThatThrownBy(() -> RowValue.profile(100, Double.POSITIVE_INFINITY, 1))
                .hasMessage("row 1: no previous year's va ratio for its division and period");
    }
}
