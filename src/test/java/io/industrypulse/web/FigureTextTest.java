package io.industrypulse.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/**
 * Figures as published: half-up from the decimal a person reads (DESIGN.md section 3), where half-even or the binary
 * value would show something else. Each expected text is worked out by hand.
 */
class FigureTextTest {

    private final FigureText fig = new FigureText();

    @Test
    void ratesRoundHalfUpFromTheirDecimalForm() {
        assertThat(fig.decimals(0.25, 1)).isEqualTo("0.3"); // half-even: 0.2
        assertThat(fig.decimals(2.675, 2)).isEqualTo("2.68"); // binary 2.67499999…: 2.67
        assertThat(fig.decimals(-1.25, 1)).isEqualTo("-1.3");
        assertThat(fig.decimals(5.0, 1)).isEqualTo("5.0");
        assertThat(fig.decimals(6, 0)).isEqualTo("6");
    }

    @Test
    void pullsKeepTheirOwnDecimalsAndNeverShowMinusZero() {
        // the pull of -0.017 pp is shown as -0.02, not rounded to -0.0 first and printed as 0.00
        assertThat(fig.decimals(-0.017, 2)).isEqualTo("-0.02");
        assertThat(fig.decimals(0.582, 2)).isEqualTo("0.58");
        assertThat(fig.decimals(-0.004, 2)).isEqualTo("0.00");
    }

    @Test
    void headlineAmountsSwitchToYiYuanFromTenThousandWanYuan() {
        assertThat(fig.amount(9_999.94)).isEqualTo("9,999.9万元");
        assertThat(fig.amount(new BigDecimal("10000"))).isEqualTo("1.00亿元");
        assertThat(fig.amount(123_456.0)).isEqualTo("12.35亿元"); // 12.3456 half-up
        assertThat(fig.amount(new BigDecimal("-25050"))).isEqualTo("-2.51亿元"); // -2.505 half-up away from zero
        assertThat(fig.amount(null)).isEqualTo("—");
    }

    @Test
    void amountsAreGroupedAndUndefinedFiguresAreADash() {
        assertThat(fig.grouped(1234.55, 1)).isEqualTo("1,234.6");
        assertThat(fig.grouped(new BigDecimal("1234567.005"), 2)).isEqualTo("1,234,567.01");
        assertThat(fig.grouped(new BigDecimal("-0.04"), 1)).isEqualTo("0.0");
        assertThat(fig.grouped(null, 1)).isEqualTo("—");
        assertThat(fig.decimals(null, 1)).isEqualTo("—");
        assertThat(fig.decimals(Double.NaN, 1)).isEqualTo("—");
    }

    @Test
    void aRequirementBelowZeroSaysTheTargetIsAlreadyExceeded() {
        assertThat(fig.required(7.25)).isEqualTo("7.3%");
        assertThat(fig.required(-7.0)).isEqualTo("已超目标；余月增速不低于-7.0%即可完成");
        // -0.04 shows as 0.0: nothing is said of a figure that does not show as negative
        assertThat(fig.required(-0.04)).isEqualTo("0.0%");
        assertThat(fig.required(null)).isEqualTo("—");
    }

    @Test
    void timeProgressSaysAheadOrBehindInPoints() {
        assertThat(fig.timeProgress(3.25)).isEqualTo("超时序进度3.3个百分点");
        assertThat(fig.timeProgress(-12.5)).isEqualTo("慢时序进度12.5个百分点");
        // a difference that shows as 0.0 either way is on a par, never "慢0.0"
        assertThat(fig.timeProgress(-0.04)).isEqualTo("与时序进度持平");
        assertThat(fig.timeProgress(null)).isEqualTo("—");
    }
}
