package io.industrypulse.dispatch;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/** A visit as the county (or the city) records it. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record NewVisit(
        @Nullable String creditCode,
        @Nullable LocalDate visitDate,
        @Nullable String cadre,
        @Nullable String department,
        @Nullable String findings) {}
