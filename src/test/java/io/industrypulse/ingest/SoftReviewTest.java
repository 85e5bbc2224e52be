package io.industrypulse.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.industrypulse.statdata.MonthlyDetail;
import io.industrypulse.statdata.MonthlyDetail.Figures;
import io.industrypulse.statdata.RaisedFlag;
import io.industrypulse.statdata.SoftCheck;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Each soft rule raises just beyond its threshold and not at it (defaults: S1 [80, 120], S2 30/20, S3 20 pp, S5 20%,
 * S6 50%). The base row is unremarkable: output 100 (last year 100), sales 100, electricity 10 (last year 10).
 */
class SoftReviewTest {

    private static final String CODE = "91130102MA0000001X";
    private static final YearMonth PERIOD = YearMonth.of(2026, 11);

    private final Map<String, BigDecimal> previous = new HashMap<>(Map.of(CODE, new BigDecimal("100")));
    private final Map<String, BigDecimal> revenue = new HashMap<>();
    private Set<String> reportedLastYear = Set.of(CODE);
    private YearMonth period = PERIOD;

    private static Figures f(String month, String cumulative, String monthLastYear, String cumulativeLastYear) {
        return new Figures(
                new BigDecimal(month),
                new BigDecimal(cumulative),
                new BigDecimal(monthLastYear),
                new BigDecimal(cumulativeLastYear));
    }

    private static MonthlyDetail row(Figures output, Figures sales, Figures electricity) {
        return new MonthlyDetail(CODE, "甲企业", output, sales, f("0", "0", "0", "0"), electricity);
    }

    private static Figures output(String month) {
        return f(month, "1100", "100", "1100");
    }

    private static final Figures PLAIN = f("100", "1100", "100", "1100");
    private static final Figures POWER = f("10", "110", "10", "110");

    private List<SoftCheck> checks(MonthlyDetail row) {
        SoftReview review = new SoftReview(
                ReviewSettings.defaults(),
                new SoftReview.Inputs(period, Map.of(CODE, "130102"), reportedLastYear, previous, revenue));
        return review.review(row).stream().map(RaisedFlag::check).toList();
    }

    @Test
    void plainRowRaisesNothing() {
        assertThat(checks(row(PLAIN, PLAIN, POWER))).isEmpty();
    }

    @Test
    void s1SalesRatioOutsideEightyToHundredTwenty() {
        assertThat(checks(row(PLAIN, f("80", "1100", "100", "1100"), POWER))).isEmpty();
        assertThat(checks(row(PLAIN, f("79.95", "1100", "100", "1100"), POWER))).isEmpty(); // 80.0 as shown
        assertThat(checks(row(PLAIN, f("79.90", "1100", "100", "1100"), POWER)))
                .containsExactly(SoftCheck.S1_SALES_RATIO);
        assertThat(checks(row(PLAIN, f("120", "1100", "100", "1100"), POWER))).isEmpty();
        assertThat(checks(row(PLAIN, f("120.10", "1100", "100", "1100"), POWER)))
                .containsExactly(SoftCheck.S1_SALES_RATIO);
    }

    @Test
    void s2MonthGrowthAboveThirtyPercent() {
        previous.put(CODE, new BigDecimal("130")); // keep S6 quiet
        Figures up30 = output("130");
        assertThat(checks(row(up30, up30, f("13", "110", "10", "110")))).isEmpty();
        Figures up301 = output("130.10");
        assertThat(checks(row(up301, up301, f("13", "110", "10", "110")))).containsExactly(SoftCheck.S2_MONTH_GROWTH);
        previous.put(CODE, new BigDecimal("70"));
        Figures down30 = output("70");
        assertThat(checks(row(down30, down30, f("7", "110", "10", "110")))).isEmpty();
        Figures down301 = output("69.90");
        assertThat(checks(row(down301, down301, f("7", "110", "10", "110"))))
                .containsExactly(SoftCheck.S2_MONTH_GROWTH);
    }

    @Test
    void s2CumulativeGrowthAboveTwentyPercentFromFebruary() {
        Figures at20 = f("100", "1320", "100", "1100");
        assertThat(checks(row(at20, at20, POWER))).isEmpty();
        Figures above = f("100", "1321.10", "100", "1100");
        assertThat(checks(row(above, above, POWER))).containsExactly(SoftCheck.S2_CUMULATIVE_GROWTH);
        Figures below = f("100", "879", "100", "1100");
        assertThat(checks(row(below, below, POWER))).containsExactly(SoftCheck.S2_CUMULATIVE_GROWTH);
        // January: the cumulative is the month; only the month threshold applies
        period = YearMonth.of(2026, 1);
        Figures january = f("125", "125", "100", "100");
        previous.put(CODE, new BigDecimal("125"));
        assertThat(checks(row(january, january, f("12.5", "12.5", "10", "10")))).isEmpty();
    }

    @Test
    void s3OutputAgainstElectricityGrowth() {
        // output +0%, electricity -20%: 20 pp, not more
        assertThat(checks(row(PLAIN, PLAIN, f("8", "110", "10", "110")))).isEmpty();
        assertThat(checks(row(PLAIN, PLAIN, f("7.99", "110", "10", "110"))))
                .containsExactly(SoftCheck.S3_ELECTRICITY_GAP);
        assertThat(checks(row(PLAIN, PLAIN, f("12", "110", "10", "110")))).isEmpty();
        assertThat(checks(row(PLAIN, PLAIN, f("12.01", "110", "10", "110"))))
                .containsExactly(SoftCheck.S3_ELECTRICITY_GAP);
    }

    @Test
    void s3OutputWithoutElectricityOrTheReverse() {
        assertThat(checks(row(PLAIN, PLAIN, f("0", "100", "10", "110")))).containsExactly(SoftCheck.S3_ZERO_MISMATCH);
        assertThat(checks(row(PLAIN, PLAIN, f("0.01", "100", "10", "110"))))
                .containsExactly(SoftCheck.S3_ELECTRICITY_GAP); // a trace of electricity is not zero
        previous.remove(CODE);
        Figures none = f("0", "1000", "100", "1100");
        assertThat(checks(row(none, none, POWER))).contains(SoftCheck.S3_ZERO_MISMATCH);
        assertThat(checks(row(none, none, f("0", "100", "10", "110")))).doesNotContain(SoftCheck.S3_ZERO_MISMATCH);
        // electricity left blank: not reported, S3 not applied
        assertThat(checks(row(PLAIN, PLAIN, null))).isEmpty();
    }

    @Test
    void s5RevenueAgainstSalesWhenRevenueIsPresent() {
        assertThat(checks(row(PLAIN, PLAIN, POWER))).isEmpty(); // no revenue: not applied
        revenue.put(CODE, new BigDecimal("1320"));
        assertThat(checks(row(PLAIN, PLAIN, POWER))).isEmpty();
        revenue.put(CODE, new BigDecimal("1321.10"));
        assertThat(checks(row(PLAIN, PLAIN, POWER))).containsExactly(SoftCheck.S5_REVENUE_GAP);
        revenue.put(CODE, new BigDecimal("880"));
        assertThat(checks(row(PLAIN, PLAIN, POWER))).isEmpty();
        revenue.put(CODE, new BigDecimal("878.90"));
        assertThat(checks(row(PLAIN, PLAIN, POWER))).containsExactly(SoftCheck.S5_REVENUE_GAP);
    }

    @Test
    void s6NewEntrantAndMonthJump() {
        reportedLastYear = Set.of("91130102MA0000000X");
        assertThat(checks(row(PLAIN, PLAIN, POWER))).containsExactly(SoftCheck.S6_NEW_ENTRANT);
        // last year's month not stored at all (a first import): absence says nothing
        reportedLastYear = Set.of();
        assertThat(checks(row(PLAIN, PLAIN, POWER))).isEmpty();
        reportedLastYear = Set.of(CODE);
        Figures newProduction = f("100", "1100", "0", "0");
        assertThat(checks(row(newProduction, newProduction, f("10", "110", "0", "0"))))
                .containsExactly(SoftCheck.S6_NEW_ENTRANT);

        previous.put(CODE, new BigDecimal("100"));
        Figures up = f("150", "1150", "150", "1150");
        assertThat(checks(row(up, up, f("15", "110", "15", "110")))).isEmpty();
        Figures upMore = f("150.10", "1150", "150.10", "1150");
        assertThat(checks(row(upMore, upMore, f("15", "110", "15", "110")))).containsExactly(SoftCheck.S6_MONTH_JUMP);
        Figures down = f("50", "1050", "50", "1050");
        assertThat(checks(row(down, down, f("5", "110", "5", "110")))).isEmpty();
        Figures downMore = f("49.90", "1050", "49.90", "1050");
        assertThat(checks(row(downMore, downMore, f("5", "110", "5", "110")))).containsExactly(SoftCheck.S6_MONTH_JUMP);
    }

    @Test
    void flagCarriesFiguresThresholdAndAChineseMessage() {
        SoftReview review = new SoftReview(
                ReviewSettings.defaults(),
                new SoftReview.Inputs(PERIOD, Map.of(CODE, "130102"), Set.of(CODE), previous, revenue));
        RaisedFlag flag =
                review.review(row(PLAIN, f("70", "1100", "100", "1100"), POWER)).get(0);
        assertThat(flag.countyCode()).isEqualTo("130102");
        assertThat(flag.measured()).isEqualByComparingTo("70.0");
        assertThat(flag.threshold()).isEqualByComparingTo("80");
        assertThat(flag.message()).isEqualTo("S1 产品销售率 70.0%（工业销售产值 70 / 工业总产值 100），超出 80.0%-120.0% 的范围");
        assertThat(flag.fingerprint()).isEqualTo("sales=70;output=100");
    }
}
