package io.industrypulse.statdata;

import java.math.BigDecimal;
import java.time.YearMonth;

/** Producer price index of a division for a month, same month last year = 100 (two decimals). */
public record Ppi(YearMonth period, String divisionCode, BigDecimal ppiYoy) {}
