package io.industrypulse.account;

import java.time.Clock;
import java.time.OffsetDateTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * The append-only audit log: every write of every module records who, when, what, and the entity before and after
 * as JSON. Rows are only ever inserted; nothing updates or deletes them.
 */
@Service
public class AuditLog {

    /** The name recorded for writes made by the system itself (demo data, scheduled jobs). */
    public static final String SYSTEM = "system";

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final Clock clock;

    AuditLog(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
        this.clock = Clock.systemUTC();
    }

    /**
     * Records one write, in the caller's transaction: when the write rolls back, so does its audit entry.
     *
     * @param action what was done, e.g. {@code enterprise.create}
     * @param entityType the kind of entity, e.g. {@code enterprise}
     * @param entityKey its natural key, e.g. the credit code
     * @param before the entity before the write, {@code null} for a creation
     * @param after the entity after the write, {@code null} for a deletion
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(String action, String entityType, String entityKey, Object before, Object after) {
        jdbc.sql("""
                        INSERT INTO audit_log (occurred_at, username, action, entity_type, entity_key, before_json, after_json)
                        VALUES (:at, :user, :action, :type, :key, :before, :after)""")
                .param("at", OffsetDateTime.now(clock))
                .param("user", currentUsername())
                .param("action", action)
                .param("type", entityType)
                .param("key", entityKey)
                .param("before", before == null ? null : json.writeValueAsString(before))
                .param("after", after == null ? null : json.writeValueAsString(after))
                .update();
    }

    private static String currentUsername() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null || authentication.getName() == null ? SYSTEM : authentication.getName();
    }
}
