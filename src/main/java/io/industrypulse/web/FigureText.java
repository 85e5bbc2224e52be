package io.industrypulse.web;

import io.industrypulse.engine.Published;
import io.industrypulse.i18n.Messages;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.YearMonth;
import java.time.format.TextStyle;
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
