package io.industrypulse.cultivation;

import java.math.BigDecimal;
import java.time.YearMonth;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/** A pool enterprise's output value and main-business revenue of a month, 万元. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record PoolMonth(String creditCode, YearMonth period, BigDecimal output, BigDecimal revenue) {}
