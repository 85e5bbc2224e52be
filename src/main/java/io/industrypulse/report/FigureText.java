package io.industrypulse.report;

import io.industrypulse.engine.Published;
import io.industrypulse.i18n.Messages;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The one way figures become text on pages ({@code ${@fig.decimals(x, 1)}} in templates), in exports and reports:
 * rounded half-up from the value's shortest decimal form ({@link Published#text}), as published (DESIGN.md section
 * 3), never Thymeleaf's half-even {@code #numbers}; an undefined figure is "—". Growth rates and targets take one
 * decimal, pulls and contributions as each page states (two decimals from the exact value, never rounded twice).
 */
@Component("fig")
public class FigureText {

    /** What an undefined figure shows. */
    public static final String NONE = "—";

    /** {@code value} with {@code decimals} places, half-up; "—" when undefined. */
    public String decimals(@Nullable Number value, int decimals) {
        return value == null || !Double.isFinite(value.doubleValue())
                ? NONE
                : Published.text(value.doubleValue(), decimals);
    }

    /** A change with its sign, as 比上期 reads: "+0.3", "-1.2", "0.0"; "—" when undefined. */
    public String signed(@Nullable Number value, int decimals) {
        String shown = decimals(value, decimals);
        if (shown.equals(NONE)) {
            return shown;
        }
        int sign = new BigDecimal(shown).signum();
        return sign == 0 ? shown.replace("-", "") : sign > 0 ? "+" + shown : shown;
    }

    /** A rank change as the ranking shows it: "↑2" moved up, "↓1" moved down, "0" unchanged; "—" when undefined. */
    public String rankChange(@Nullable Integer change) {
        if (change == null) {
            return NONE;
        }
        return change > 0 ? "↑" + change : change < 0 ? "↓" + (-change) : "0";
    }

    /**
     * The growth the remaining months require, as it reads: "7.2%"; for a county whose cumulative figure already
     * carries the year past its target (a negative requirement, as shown) the sentence that says so, "已超目标；余月增速不低于
     * -7.0%即可完成", never a bare "-7.0"; "—" when undefined.
     */
    public String required(@Nullable Number value) {
        String shown = decimals(value, 1);
        if (shown.equals(NONE)) {
            return NONE;
        }
        return shown.startsWith("-") ? Messages.get("fig.required.over", shown) : shown + "%";
    }

    /** An amount (万元, 万千瓦时) with thousands separators and {@code decimals} places, half-up; "—" when undefined. */
    public String grouped(@Nullable Number value, int decimals) {
        if (value == null || !Double.isFinite(value.doubleValue())) {
            return NONE;
        }
        BigDecimal exact = value instanceof BigDecimal big ? big : new BigDecimal(Double.toString(value.doubleValue()));
        DecimalFormat format = new DecimalFormat("#,##0" + (decimals > 0 ? "." + "0".repeat(decimals) : ""));
        format.setDecimalFormatSymbols(DecimalFormatSymbols.getInstance(Locale.ROOT));
        format.setRoundingMode(RoundingMode.HALF_UP);
        BigDecimal shown = exact.setScale(decimals, RoundingMode.HALF_UP);
        return format.format(shown.signum() == 0 ? shown.abs() : shown);
    }

    /**
     * An amount given in 万元 with its unit, as officials write a headline figure: 万元 below 10,000万元 ("8,765.4万元"),
     * 亿元 from there on ("12.35亿元", half-up); "—" when undefined. Tables keep 万元 with the unit in the column header.
     */
    public String amount(@Nullable Number wan) {
        if (wan == null || !Double.isFinite(wan.doubleValue())) {
            return NONE;
        }
        BigDecimal exact = wan instanceof BigDecimal big ? big : new BigDecimal(Double.toString(wan.doubleValue()));
        if (exact.abs().compareTo(TEN_THOUSAND) >= 0) {
            return Messages.get("fig.amount.yi", grouped(exact.divide(TEN_THOUSAND), 2));
        }
        return Messages.get("fig.amount.wan", grouped(exact, 1));
    }

    private static final BigDecimal TEN_THOUSAND = BigDecimal.valueOf(10_000);

    /**
     * A growth rate as officials write it, on the published one-decimal value: "增长5.6%", "下降1.2%", "持平" when it shows
     * as 0.0; "—" when undefined.
     */
    public String growth(@Nullable Number rate) {
        String shown = decimals(rate, 1);
        if (shown.equals(NONE)) {
            return NONE;
        }
        if (shown.equals("0.0") || shown.equals("-0.0")) {
            return Messages.get("fig.growth.flat");
        }
        return shown.startsWith("-")
                ? Messages.get("fig.growth.down", shown.substring(1))
                : Messages.get("fig.growth.up", shown);
    }

    /**
     * A figure against a reference as officials write it, on the published one-decimal values (DESIGN.md section 3):
     * "高于全省0.7个百分点", "低于年度目标0.4个百分点", "与全省持平"; "—" when either is undefined.
     *
     * @param reference what it is compared with, as the sentence names it (全省, 年度目标)
     */
    public String against(@Nullable Number value, @Nullable Number reference, String referenceName) {
        if (decimals(value, 1).equals(NONE) || decimals(reference, 1).equals(NONE)) {
            return NONE;
        }
        java.math.BigDecimal difference =
                new java.math.BigDecimal(decimals(value, 1)).subtract(new java.math.BigDecimal(decimals(reference, 1)));
        if (difference.signum() == 0) {
            return Messages.get("fig.against.even", referenceName);
        }
        return Messages.get(
                difference.signum() > 0 ? "fig.against.above" : "fig.against.below",
                referenceName,
                difference.abs().toPlainString());
    }

    /** The months a cumulative figure covers, as officials write them: "1-11月", "1-2月", "1月". */
    public String cumulativeMonths(Object period) {
        int month = (period instanceof YearMonth m ? m : YearMonth.parse(period.toString())).getMonthValue();
        return month == 1 ? Messages.get("fig.months.one", month) : Messages.get("fig.months.cumulative", month);
    }

    /**
     * The headline of the month as the analysis report opens: "1-11月，全市规上工业增加值同比增长5.6%，低于年度目标0.4个百分点，
     * 高于全省0.7个百分点；其中11月当月增长7.3%。"; a comparison without its figure is left out, and the month alone only
     * from March (1-2月 is published as one).
     */
    public String headline(
            Object period,
            String region,
            @Nullable Number cumulative,
            @Nullable Number target,
            @Nullable Number province,
            @Nullable Number month) {
        YearMonth shown = period instanceof YearMonth m ? m : YearMonth.parse(period.toString());
        StringBuilder text = new StringBuilder(
                Messages.get("fig.headline.start", cumulativeMonths(shown), region, growth(cumulative)));
        if (!against(cumulative, target, "").equals(NONE)) {
            text.append(Messages.get("fig.headline.comma"))
                    .append(against(cumulative, target, Messages.get("fig.headline.target")));
        }
        if (!against(cumulative, province, "").equals(NONE)) {
            text.append(Messages.get("fig.headline.comma"))
                    .append(against(cumulative, province, Messages.get("fig.headline.province")));
        }
        if (shown.getMonthValue() > 2 && !growth(month).equals(NONE)) {
            text.append(Messages.get("fig.headline.month", shown.getMonthValue(), growth(month)));
        }
        return text.append(Messages.get("fig.classes.end")).toString();
    }

    /**
     * The three classes of counties in the sentence of the dispatch meeting: "N个县（市、区）累计增速高于其人代会目标（…）；
     * N个县累计增速虽为正增长，但低于本级人代会目标（…）；其余N个县累计增速为负增长（…）", with the names of each; a class
     * without a county is said so.
     */
    public String classes(List<String> onTrack, List<String> belowTarget, List<String> negative) {
        String separator = Messages.get("fig.classes.separator");
        return String.join(
                        Messages.get("fig.classes.join"),
                        onTrack.isEmpty()
                                ? Messages.get("fig.classes.onTrack.none")
                                : Messages.get("fig.classes.onTrack", onTrack.size(), String.join(separator, onTrack)),
                        belowTarget.isEmpty()
                                ? Messages.get("fig.classes.below.none")
                                : Messages.get(
                                        "fig.classes.below", belowTarget.size(), String.join(separator, belowTarget)),
                        negative.isEmpty()
                                ? Messages.get("fig.classes.negative.none")
                                : Messages.get(
                                        "fig.classes.negative", negative.size(), String.join(separator, negative)))
                + Messages.get("fig.classes.end");
    }

    /**
     * Time progress (时序进度) as the ledger reports it: "超时序进度3.2个百分点", "慢时序进度12.5个百分点", "与时序进度持平"
     * when it shows as 0.0; "—" when undefined.
     */
    public String timeProgress(@Nullable Number points) {
        String shown = decimals(points, 1);
        if (shown.equals(NONE)) {
            return NONE;
        }
        if (shown.equals("0.0") || shown.equals("-0.0")) {
            return Messages.get("fig.timeProgress.even");
        }
        return shown.startsWith("-")
                ? Messages.get("fig.timeProgress.behind", shown.substring(1))
                : Messages.get("fig.timeProgress.ahead", shown);
    }

    /** A month as officials write it, "2026年10月" ("Oct 2026"), never "2026-10"; "—" when undefined. */
    public String month(@Nullable Object period) {
        if (period == null) {
            return NONE;
        }
        YearMonth month = period instanceof YearMonth m ? m : YearMonth.parse(period.toString());
        return Messages.get(
                "period.month",
                String.valueOf(month.getYear()),
                month.getMonthValue(),
                month.getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH));
    }
}
