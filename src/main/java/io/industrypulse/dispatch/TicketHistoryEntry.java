package io.industrypulse.dispatch;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One transition of a ticket: who, when, from where to where, and what they said.
 *
 * @param occurredAt when (ISO 8601 instant)
 * @param username who
 * @param action what they did (TicketAction)
 * @param fromState the state before; null for the submission
 * @param toState the state after
 * @param fromLevel the level before; null for the submission
 * @param toLevel the level after
 * @param note what they said, if anything
 */
public record TicketHistoryEntry(
        Instant occurredAt,
        String username,
        TicketAction action,
        @Nullable TicketState fromState,
        TicketState toState,
        @Nullable TicketLevel fromLevel,
        TicketLevel toLevel,
        @Nullable String note) {

    /** {@link #occurredAt()} in Beijing time, for the page. */
    public java.time.LocalDateTime occurredAtShown() {
        return java.time.LocalDateTime.ofInstant(occurredAt, io.industrypulse.account.ShownTime.ZONE);
    }
}
