package io.industrypulse.dispatch;

import org.jspecify.annotations.Nullable;

/**
 * A handler's request for more working days (延期), asked once per ticket.
 *
 * @param state REQUESTED, APPROVED or REFUSED
 */
public record TicketExtension(
        int days,
        String reason,
        String state,
        String requestedBy,
        @Nullable String decidedBy) {}
