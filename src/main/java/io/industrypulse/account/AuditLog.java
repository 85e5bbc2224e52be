package io.industrypulse.account;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
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

    static final int PAGE_SIZE = 50;

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

    /**
     * Entries newest first, filtered by user and entity type when given.
     *
     * @param page 1-based page of {@value #PAGE_SIZE} entries
     */
    public AuditPage search(String username, String entityType, int page) {
        // Conditions are added only for given filters: PostgreSQL cannot type a bare "NULL IS NULL" parameter.
        String user = blankToNull(username);
        String type = blankToNull(entityType);
        String where = " WHERE 1 = 1" + (user == null ? "" : " AND username = :user")
                + (type == null ? "" : " AND entity_type = :type");
        java.util.Map<String, Object> params = new java.util.HashMap<>();
        if (user != null) {
            params.put("user", user);
        }
        if (type != null) {
            params.put("type", type);
        }
        long total = jdbc.sql("SELECT COUNT(*) FROM audit_log" + where)
                .params(params)
                .query(Long.class)
                .single();
        int current = Math.max(1, page);
        List<AuditEntry> entries = jdbc.sql("""
                        SELECT id, occurred_at, username, action, entity_type, entity_key, before_json, after_json
                        FROM audit_log""" + where + " ORDER BY id DESC LIMIT :limit OFFSET :offset")
                .params(params)
                .param("limit", PAGE_SIZE)
                .param("offset", (current - 1) * PAGE_SIZE)
                .query((rs, row) -> new AuditEntry(
                        rs.getLong("id"),
                        rs.getTimestamp("occurred_at").toInstant(),
                        rs.getString("username"),
                        rs.getString("action"),
                        rs.getString("entity_type"),
                        rs.getString("entity_key"),
                        rs.getString("before_json"),
                        rs.getString("after_json")))
                .list();
        return new AuditPage(entries, current, PAGE_SIZE, total);
    }

    /** A page of audit entries. */
    public record AuditPage(List<AuditEntry> entries, int page, int size, long total) {
        public int pages() {
            return (int) Math.max(1, (total + size - 1) / size);
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    private static String currentUsername() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null || authentication.getName() == null ? SYSTEM : authentication.getName();
    }
}
