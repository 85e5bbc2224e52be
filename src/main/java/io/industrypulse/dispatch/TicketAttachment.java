package io.industrypulse.dispatch;

import java.time.Instant;

/** An attachment of a ticket, without its bytes. */
public record TicketAttachment(
        long id,
        long ticketId,
        String fileName,
        String contentType,
        long sizeBytes,
        String uploadedBy,
        Instant uploadedAt) {}
