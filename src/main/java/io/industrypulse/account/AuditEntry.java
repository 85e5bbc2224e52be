package io.industrypulse.account;

import java.time.Instant;
import java.time.LocalDateTime;
import org.jspecify.annotations.Nullable;

/** One row of the audit log as the audit page shows it. */
record AuditEntry(
        long id,
        Instant occurredAt,
        String username,
        String action,
        String entityType,
        @Nullable String entityKey,
        @Nullable String beforeJson,
        @Nullable String afterJson) {

    /** {@link #occurredAt()} in Beijing time. */
    public LocalDateTime occurredAtShown() {
        return LocalDateTime.ofInstant(occurredAt, ShownTime.ZONE);
    }
}
