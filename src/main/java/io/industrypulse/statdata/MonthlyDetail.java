package io.industrypulse.statdata;

import java.math.BigDecimal;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One enterprise's B204-1 figures for one month (METHODOLOGY.md 1.2), in 万元 (electricity 万千瓦时), two decimals.
 * Each indicator has four values: this month, January..this month, the same month last year, January..the same month
 * last year.
 */
public record MonthlyDetail(
        String creditCode,
        String name,
        Figures output,
        Figures sales,
        Figures export,
        @Nullable Figures electricity) {

    /** The longest name a revision keeps (the import refuses longer ones, row by row). */
    public static final int NAME_LENGTH = 200;

    public MonthlyDetail {
        Objects.requireNonNull(creditCode, "creditCode");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(output, "output");
        Objects.requireNonNull(sales, "sales");
        Objects.requireNonNull(export, "export");
    }

    /** The four values of one indicator (本年本月, 本年1-本月, 上年同月, 上年1-同月). */
    public record Figures(
            BigDecimal month, BigDecimal cumulative, BigDecimal monthLastYear, BigDecimal cumulativeLastYear) {

        public Figures {
            Objects.requireNonNull(month, "month");
            Objects.requireNonNull(cumulative, "cumulative");
            Objects.requireNonNull(monthLastYear, "monthLastYear");
            Objects.requireNonNull(cumulativeLastYear, "cumulativeLastYear");
        }
    }
}
