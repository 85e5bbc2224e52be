package io.industrypulse.dispatch;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/** A ticket as its submitter fills it in (the form, {@code POST /api/v1/tickets}). */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record NewTicket(
        @Nullable String creditCode,
        @Nullable TicketCategory category,
        @Nullable String description,
        @Nullable String helpAsked,
        @Nullable Boolean stopsProduction,
        @Nullable Boolean urgent) {

    /** Whether the problem stops or limits production (unset: no). */
    public boolean stops() {
        return Boolean.TRUE.equals(stopsProduction);
    }

    public boolean urgentFlag() {
        return Boolean.TRUE.equals(urgent);
    }
}
