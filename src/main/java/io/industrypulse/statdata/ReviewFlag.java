package io.industrypulse.statdata;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import org.jspecify.annotations.Nullable;

/** A stored soft flag (核实性错误) and where its explanation stands. */
public record ReviewFlag(
        long id,
        YearMonth period,
        String creditCode,
        String enterpriseName,
        String countyCode,
        String rule,
        SoftCheck check,
        BigDecimal measured,
        @Nullable BigDecimal measuredOther,
        BigDecimal threshold,
        String message,
        FlagState state,
        Instant raisedAt,
        @Nullable ReasonCategory reasonCategory,
        @Nullable String explanation,
        @Nullable String explainedBy,
        @Nullable Instant explainedAt,
        @Nullable String reviewedBy,
        @Nullable Instant reviewedAt,
        @Nullable String reviewComment,
        @Nullable Instant closedAt) {}
