package io.industrypulse.dispatch;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/**
 * A handler's request for more working days (延期), asked once per ticket.
 *
 * @param state REQUESTED, APPROVED or REFUSED
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record TicketExtension(
        int days,
        String reason,
        String state,
        String requestedBy,
        @Nullable String decidedBy) {}
