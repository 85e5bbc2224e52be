package io.industrypulse.statdata;

import java.math.BigDecimal;

/** Value-added ratio (增加值率, 0..1, four decimals) of a 2-digit industry division for a year. */
public record VaRatio(int year, String divisionCode, BigDecimal ratio) {}
