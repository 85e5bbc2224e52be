package io.industrypulse.account;

import java.time.Instant;

/** One row of the audit log: who did what to which entity, when, and the entity before and after (JSON). */
public record AuditEntry(
        long id,
        Instant occurredAt,
        String username,
        String action,
        String entityType,
        String entityKey,
        String beforeJson,
        String afterJson) {}
