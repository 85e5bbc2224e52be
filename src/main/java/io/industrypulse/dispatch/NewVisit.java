package io.industrypulse.dispatch;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A visit as the county (or the city) records it. */
public record NewVisit(
        @Nullable String creditCode,
        @Nullable LocalDate visitDate,
        @Nullable String cadre,
        @Nullable String department,
        @Nullable String findings) {}
