package io.industrypulse.dispatch;

import java.time.Instant;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/** An attachment of a ticket, without its bytes. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record TicketAttachment(
        long id,
        long ticketId,
        String fileName,
        String contentType,
        long sizeBytes,
        String uploadedBy,
        Instant uploadedAt) {}
