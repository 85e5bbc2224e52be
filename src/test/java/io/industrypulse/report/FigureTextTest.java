package io.industrypulse.report;

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

    @Test
    void growthIsWrittenOnItsPublishedValue() {
        assertThat(fig.growth(5.64)).isEqualTo("增长5.6%");
        assertThat(fig.growth(-1.25)).isEqualTo("下降1.3%"); // half-up away from zero
        // a rate that shows as 0.0 neither grows nor falls
        assertThat(fig.growth(-0.04)).isEqualTo("持平");
        assertThat(fig.growth(null)).isEqualTo("—");
    }

    @Test
    void aFigureAgainstItsReferenceComparesThePublishedValues() {
        // 5.6 against a target of 6.0: 0.4 below; against the province's 4.9: 0.7 above
        assertThat(fig.against(5.64, 6.0, "年度目标")).isEqualTo("低于年度目标0.4个百分点");
        assertThat(fig.against(5.64, 4.94, "全省")).isEqualTo("高于全省0.7个百分点");
        // 5.96 and 6.04 both publish as 6.0: level, whatever the unrounded difference
        assertThat(fig.against(5.96, 6.04, "全市")).isEqualTo("与全市持平");
        assertThat(fig.against(null, 6.0, "全市")).isEqualTo("—");
    }

    @Test
    void cumulativeMonthsAreWrittenAsOfficialsDo() {
        assertThat(fig.cumulativeMonths(java.time.YearMonth.of(2026, 11))).isEqualTo("1-11月");
        assertThat(fig.cumulativeMonths("2026-02")).isEqualTo("1-2月");
        assertThat(fig.cumulativeMonths(java.time.YearMonth.of(2026, 1))).isEqualTo("1月");
    }

    @Test
    void theThreeClassesAreSaidWithTheirCountsAndNames() {
        assertThat(fig.classes(
                        java.util.List.of("长安区", "桥西区"),
                        java.util.List.of("新华区"),
                        java.util.List.of("裕华区", "井陉县", "正定县")))
                .isEqualTo("2个县（市、区）累计增速高于或达到其人代会目标（长安区、桥西区）；1个县累计增速虽为正增长，但低于本级人代会目标（新华区）；"
                        + "其余3个县累计增速为负增长（裕华区、井陉县、正定县）。");
        assertThat(fig.classes(java.util.List.of("长安区"), java.util.List.of(), java.util.List.of()))
                .isEqualTo("1个县（市、区）累计增速高于或达到其人代会目标（长安区）；没有正增长但低于目标的县；没有县累计增速为负增长。");
    }

    @Test
    void theHeadlineSaysTheCumulativeAgainstTheTargetAndTheProvinceThenTheMonth() {
        assertThat(fig.headline(java.time.YearMonth.of(2026, 11), "全市", 5.64, 6.0, 4.94, 7.26))
                .isEqualTo("1-11月，全市规上工业增加值同比增长5.6%，低于年度目标0.4个百分点，高于全省0.7个百分点；其中11月当月增长7.3%。");
        // no province figure yet: left out; 1-2月 has no month of its own
        assertThat(fig.headline("2026-02", "全市", -1.2, 6.0, null, -1.2))
                .isEqualTo("1-2月，全市规上工业增加值同比下降1.2%，低于年度目标7.2个百分点。");
    }
}
