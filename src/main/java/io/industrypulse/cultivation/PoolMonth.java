package io.industrypulse.cultivation;

import java.math.BigDecimal;
import java.time.YearMonth;

/** A pool enterprise's output value and main-business revenue of a month, 万元. */
public record PoolMonth(String creditCode, YearMonth period, BigDecimal output, BigDecimal revenue) {}
