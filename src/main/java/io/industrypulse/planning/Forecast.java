package io.industrypulse.planning;

import java.math.BigDecimal;
import java.time.YearMonth;

/**
 * A county's forecast of its month growth (预计完成情况, %, one decimal), as entered.
 *
 * @param enteredBy the county user who entered it
 */
public record Forecast(String countyCode, YearMonth period, BigDecimal expectedGrowth, String enteredBy) {}
