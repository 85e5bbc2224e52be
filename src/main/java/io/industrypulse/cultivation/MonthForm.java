package io.industrypulse.cultivation;

import org.jspecify.annotations.Nullable;

/** A month of a pool enterprise as typed: {@code yyyy-MM}, output value and main-business revenue in 万元. */
public record MonthForm(
        @Nullable String creditCode,
        @Nullable String period,
        @Nullable String output,
        @Nullable String revenue) {}
