package io.industrypulse.planning;

import java.math.BigDecimal;
import java.time.YearMonth;

/**
 * A county's forecast of its month growth (预计完成情况, %, one decimal), as entered.
 *
 * @param countyCode the county (GB/T 2260)
 * @param period the month forecast (YYYY-MM)
 * @param expectedGrowth the expected month growth, %, one decimal
 * @param enteredBy the county user who entered it
 */
public record Forecast(String countyCode, YearMonth period, BigDecimal expectedGrowth, String enteredBy) {}
