package io.industrypulse.ingest;

import io.industrypulse.statdata.MonthlyDetail;
import io.industrypulse.statdata.MonthlyDetail.Figures;
import io.industrypulse.statdata.RaisedFlag;
import io.industrypulse.statdata.SoftCheck;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The soft review rules S1-S6 of METHODOLOGY.md 6.3 on rows that passed the hard rules: they never reject, each hit is
 * a {@link RaisedFlag} for the county to explain. What B204-1 as stored here allows:
 *
 * <ul>
 *   <li>S1 产品销售率 = sales / output (month) outside [min, max];
 *   <li>S2 |output growth| above the month or the cumulative threshold (cumulative from February: in January it is
 *       the month);
 *   <li>S3 output and electricity month growth differ by more than the threshold (pp), or output &gt; 0 with
 *       electricity = 0, or electricity &gt; 0 with output = 0 (not applied when electricity was left blank);
 *   <li>S4 is not applied: it needs product quantities, which the imported layout does not carry;
 *   <li>S5 cumulative revenue (B203, {@code monthly_report.revenue} summed over January..month, only when every month
 *       has it) against cumulative sales value;
 *   <li>S6 new entrant (no report for the same month last year, when that month is stored, or output without a base) or a month-on-month change
 *       of output above the threshold.
 * </ul>
 *
 * Ratios and growth rates are rounded half-up to one decimal before the comparison, so the flag shows the compared
 * value. Pure: no Spring, no I/O.
 */
final class SoftReview {

    private static final BigDecimal HUNDRED = new BigDecimal("100");

    /**
     * What the rules compare a row with.
     *
     * @param counties credit code → county
     * @param reportedLastYear credit codes with a report for the same month last year
     * @param previousMonthOutput output of the previous month (monthly_report) by credit code
     * @param revenueCumulative revenue January..month by credit code, for the enterprises that have it for every month
     */
    record Inputs(
            YearMonth period,
            Map<String, String> counties,
            java.util.Set<String> reportedLastYear,
            Map<String, BigDecimal> previousMonthOutput,
            Map<String, BigDecimal> revenueCumulative) {}

    private final ReviewSettings settings;
    private final Inputs inputs;

    SoftReview(ReviewSettings settings, Inputs inputs) {
        this.settings = settings;
        this.inputs = inputs;
    }

    List<RaisedFlag> review(List<MonthlyDetail> rows) {
        List<RaisedFlag> flags = new ArrayList<>();
        for (MonthlyDetail row : rows) {
            flags.addAll(review(row));
        }
        return flags;
    }

    List<RaisedFlag> review(MonthlyDetail row) {
        List<RaisedFlag> flags = new ArrayList<>();
        String county = inputs.counties().getOrDefault(row.creditCode(), "");
        Figures output = row.output();
        Figures sales = row.sales();
        Figures electricity = row.electricity();

        // S1 product sales ratio
        if (output.month().signum() > 0) {
            BigDecimal ratio = percent(sales.month(), output.month());
            if (ratio.compareTo(settings.salesRatioMin()) < 0 || ratio.compareTo(settings.salesRatioMax()) > 0) {
                BigDecimal bound = ratio.compareTo(settings.salesRatioMin()) < 0
                        ? settings.salesRatioMin()
                        : settings.salesRatioMax();
                flags.add(flag(
                        row,
                        county,
                        SoftCheck.S1_SALES_RATIO,
                        ratio,
                        null,
                        bound,
                        "产品销售率 " + one(ratio) + "%（工业销售产值 " + sales.month().toPlainString() + " / 工业总产值 "
                                + output.month().toPlainString() + "），超出 " + one(settings.salesRatioMin()) + "%-"
                                + one(settings.salesRatioMax()) + "% 的范围",
                        "sales=" + sales.month().toPlainString() + ";output="
                                + output.month().toPlainString()));
            }
        }

        // S2 output growth, month and cumulative
        BigDecimal monthGrowth = growth(output.month(), output.monthLastYear());
        if (monthGrowth != null && monthGrowth.abs().compareTo(settings.monthGrowth()) > 0) {
            flags.add(flag(
                    row,
                    county,
                    SoftCheck.S2_MONTH_GROWTH,
                    monthGrowth,
                    null,
                    settings.monthGrowth(),
                    "工业总产值当月" + change(monthGrowth) + "，超过 ±" + one(settings.monthGrowth()) + "%",
                    "output=" + output.month().toPlainString() + ";ly="
                            + output.monthLastYear().toPlainString()));
        }
        BigDecimal cumulativeGrowth = growth(output.cumulative(), output.cumulativeLastYear());
        if (inputs.period().getMonthValue() > 1
                && cumulativeGrowth != null
                && cumulativeGrowth.abs().compareTo(settings.cumulativeGrowth()) > 0) {
            flags.add(flag(
                    row,
                    county,
                    SoftCheck.S2_CUMULATIVE_GROWTH,
                    cumulativeGrowth,
                    null,
                    settings.cumulativeGrowth(),
                    "工业总产值累计" + change(cumulativeGrowth) + "，超过 ±" + one(settings.cumulativeGrowth()) + "%",
                    "cum=" + output.cumulative().toPlainString() + ";lycum="
                            + output.cumulativeLastYear().toPlainString()));
        }

        // S3 output against electricity
        if (electricity != null) {
            boolean outputOnly =
                    output.month().signum() > 0 && electricity.month().signum() == 0;
            boolean powerOnly =
                    electricity.month().signum() > 0 && output.month().signum() == 0;
            BigDecimal powerGrowth = growth(electricity.month(), electricity.monthLastYear());
            if (outputOnly || powerOnly) {
                flags.add(flag(
                        row,
                        county,
                        SoftCheck.S3_ZERO_MISMATCH,
                        outputOnly ? output.month() : electricity.month(),
                        null,
                        BigDecimal.ZERO,
                        outputOnly
                                ? "本月有工业总产值 " + output.month().toPlainString() + " 万元但用电量为 0"
                                : "本月用电量 " + electricity.month().toPlainString() + " 万千瓦时但工业总产值为 0",
                        electricityPrints(output, electricity)));
            } else if (monthGrowth != null && powerGrowth != null) {
                BigDecimal gap = monthGrowth.subtract(powerGrowth);
                if (gap.abs().compareTo(settings.electricityGap()) > 0) {
                    flags.add(flag(
                            row,
                            county,
                            SoftCheck.S3_ELECTRICITY_GAP,
                            monthGrowth,
                            powerGrowth,
                            settings.electricityGap(),
                            "工业总产值当月" + change(monthGrowth) + "，用电量" + change(powerGrowth) + "，相差 " + one(gap.abs())
                                    + " 个百分点，超过 " + one(settings.electricityGap()) + " 个百分点",
                            electricityPrints(output, electricity)));
                }
            }
        }

        // S5 revenue against sales, cumulative
        BigDecimal revenue = inputs.revenueCumulative().get(row.creditCode());
        if (revenue != null && sales.cumulative().signum() > 0) {
            BigDecimal gap = growth(revenue, sales.cumulative());
            if (gap.abs().compareTo(settings.revenueGap()) > 0) {
                flags.add(flag(
                        row,
                        county,
                        SoftCheck.S5_REVENUE_GAP,
                        revenue,
                        sales.cumulative(),
                        settings.revenueGap(),
                        "累计营业收入 " + revenue.toPlainString() + " 万元与累计工业销售产值 "
                                + sales.cumulative().toPlainString() + " 万元相差 " + one(gap.abs()) + "%，超过 "
                                + one(settings.revenueGap()) + "%",
                        "revenue=" + revenue.toPlainString() + ";salescum="
                                + sales.cumulative().toPlainString()));
            }
        }

        // S6 new entrant, month-on-month jump
        // "no report last year" needs last year's month to be in the database at all: on a first import every
        // enterprise would be a new entrant, which tells the reviewer nothing
        boolean unreported = !inputs.reportedLastYear().isEmpty()
                && !inputs.reportedLastYear().contains(row.creditCode());
        boolean newProduction =
                output.month().signum() > 0 && output.monthLastYear().signum() == 0;
        if (unreported || newProduction) {
            flags.add(flag(
                    row,
                    county,
                    SoftCheck.S6_NEW_ENTRANT,
                    output.month(),
                    null,
                    BigDecimal.ZERO,
                    unreported
                            ? "新入库企业：上年同月无报表，需凭证审核（本月工业总产值 " + output.month().toPlainString() + " 万元）"
                            : "新投产：上年同月工业总产值为 0，本月 " + output.month().toPlainString() + " 万元，需凭证审核",
                    "output=" + output.month().toPlainString() + ";ly="
                            + output.monthLastYear().toPlainString() + ";reported=" + !unreported));
        }
        BigDecimal previous = inputs.previousMonthOutput().get(row.creditCode());
        BigDecimal jump = previous == null ? null : growth(output.month(), previous);
        if (jump != null && jump.abs().compareTo(settings.monthJump()) > 0) {
            flags.add(flag(
                    row,
                    county,
                    SoftCheck.S6_MONTH_JUMP,
                    jump,
                    previous,
                    settings.monthJump(),
                    "工业总产值环比" + (jump.signum() >= 0 ? "增长" : "下降") + one(jump.abs()) + "%（上月 "
                            + previous.toPlainString() + " 万元，本月 "
                            + output.month().toPlainString() + " 万元），超过 ±"
                            + one(settings.monthJump()) + "%",
                    "output=" + output.month().toPlainString() + ";previous=" + previous.toPlainString()));
        }
        return flags;
    }

    private static RaisedFlag flag(
            MonthlyDetail row,
            String county,
            SoftCheck check,
            BigDecimal measured,
            @Nullable BigDecimal other,
            BigDecimal threshold,
            String message,
            String fingerprint) {
        return new RaisedFlag(
                row.creditCode(),
                row.name(),
                county,
                check,
                measured.setScale(2, RoundingMode.HALF_UP),
                other == null ? null : other.setScale(2, RoundingMode.HALF_UP),
                threshold.setScale(2, RoundingMode.HALF_UP),
                check.rule() + " " + message,
                fingerprint);
    }

    /** The figures an S3 flag is raised on (its fingerprint), written only for a row that raises one. */
    private static String electricityPrints(Figures output, Figures electricity) {
        return "output=" + output.month().toPlainString() + ";ly="
                + output.monthLastYear().toPlainString()
                + ";power=" + electricity.month().toPlainString() + ";powerly="
                + electricity.monthLastYear().toPlainString();
    }

    /** a / b * 100, rounded half-up to one decimal; b must be positive. */
    static BigDecimal percent(BigDecimal a, BigDecimal b) {
        return a.multiply(HUNDRED).divide(b, 1, RoundingMode.HALF_UP);
    }

    /** (now / base - 1) * 100 rounded to one decimal; {@code null} without a base. */
    static @Nullable BigDecimal growth(BigDecimal now, BigDecimal base) {
        if (base.signum() <= 0) {
            return null;
        }
        return now.multiply(HUNDRED)
                .divide(base, 10, RoundingMode.HALF_UP)
                .subtract(HUNDRED)
                .setScale(1, RoundingMode.HALF_UP);
    }

    private static String change(BigDecimal growth) {
        return (growth.signum() >= 0 ? "同比增长" : "同比下降") + one(growth.abs()) + "%";
    }

    private static String one(BigDecimal value) {
        return value.setScale(1, RoundingMode.HALF_UP).toPlainString();
    }
}
