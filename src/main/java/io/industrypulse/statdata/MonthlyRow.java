package io.industrypulse.statdata;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One enterprise's report for one month (万元, 万千瓦时; stored with two decimals).
 *
 * @param outputLy 上年同月 output of the same enterprise (same scope); 0 for a new plant without last-year output
 */
public record MonthlyRow(
        YearMonth period,
        String creditCode,
        BigDecimal output,
        BigDecimal outputLy,
        @Nullable BigDecimal revenue,
        @Nullable BigDecimal electricity) {

    public MonthlyRow {
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(creditCode, "creditCode");
        Objects.requireNonNull(output, "output");
        Objects.requireNonNull(outputLy, "outputLy");
    }
}
