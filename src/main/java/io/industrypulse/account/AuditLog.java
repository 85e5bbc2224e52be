package io.industrypulse.account;

import io.industrypulse.i18n.Messages;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
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

    private static final String INSERT = """
            INSERT INTO audit_log (occurred_at, username, action, entity_type, entity_key, before_json, after_json)
            VALUES (:at, :user, :action, :type, :key, :before, :after)""";

    private final JdbcClient jdbc;
    private final org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate batches;
    private final JsonMapper json;
    private final Clock clock;
    private final CurrentUser currentUser;
    private final DataVersion dataVersion;

    AuditLog(
            JdbcClient jdbc,
            org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate batches,
            JsonMapper json,
            Clock clock,
            CurrentUser currentUser,
            DataVersion dataVersion) {
        this.jdbc = jdbc;
        this.batches = batches;
        // the entries keep the field names of the code (camelCase), whatever the API's convention (snake_case)
        this.json = json.rebuild()
                .propertyNamingStrategy(tools.jackson.databind.PropertyNamingStrategies.LOWER_CAMEL_CASE)
                .build();
        this.clock = clock;
        this.currentUser = currentUser;
        this.dataVersion = dataVersion;
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
        jdbc.sql(INSERT)
                .param("at", OffsetDateTime.now(clock))
                .param("user", currentUsername())
                .param("action", action)
                .param("type", entityType)
                .param("key", entityKey)
                .param("before", json(before))
                .param("after", json(after))
                .update();
        // the shared version moves as the transaction commits; the local one after it, so a page rendered from the
        // old data is never kept under the new version
        dataVersion.moveOnCommit();
    }

    /** One write of {@link #recordAll}: the entity's key, and the entity before and after it. */
    public record Entry(
            String entityKey,
            @Nullable Object before,
            @Nullable Object after) {}

    /**
     * Records many writes of one kind (a bulk load) in the caller's transaction, as {@link #record} would one by one,
     * in one JDBC batch.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void recordAll(String action, String entityType, List<Entry> entries) {
        if (entries.isEmpty()) {
            return;
        }
        OffsetDateTime at = OffsetDateTime.now(clock);
        String user = currentUsername();
        batches.batchUpdate(
                INSERT,
                entries.stream()
                        .map(e -> new org.springframework.jdbc.core.namedparam.MapSqlParameterSource()
                                .addValue("at", at)
                                .addValue("user", user)
                                .addValue("action", action)
                                .addValue("type", entityType)
                                .addValue("key", e.entityKey())
                                .addValue("before", json(e.before()))
                                .addValue("after", json(e.after())))
                        .toArray(org.springframework.jdbc.core.namedparam.SqlParameterSource[]::new));
        dataVersion.moveOnCommit();
    }

    private @Nullable String json(@Nullable Object entity) {
        return entity == null ? null : json.writeValueAsString(entity);
    }

    /** The log's position after a write: its entry's number and time. */
    public record Position(long id, Instant at) {}

    /**
     * The latest entry but those of {@code ignoredType} (a document archive's own writes, which change no figure), or
     * empty when nothing was written: every write is audited, so this is a version of the data that moves with each.
     */
    @Transactional(readOnly = true)
    public java.util.Optional<Position> latest(String ignoredType) {
        return jdbc.sql("""
                        SELECT id, occurred_at FROM audit_log
                        WHERE id = (SELECT MAX(id) FROM audit_log WHERE entity_type <> :type)""")
                .param("type", ignoredType)
                .query((rs, n) -> new Position(
                        rs.getLong(1), rs.getObject(2, OffsetDateTime.class).toInstant()))
                .optional();
    }

    /** One write of a thing's history: when, who, what, on which of its parts. */
    public record Change(
            Instant occurredAt,
            String username,
            String action,
            @Nullable String entityKey) {

        /** When, in the time shown to users (Asia/Shanghai). */
        public java.time.LocalDateTime occurredAtShown() {
            return java.time.LocalDateTime.ofInstant(occurredAt, ShownTime.ZONE);
        }
    }

    /**
     * The history of one thing as its own page shows it (a project and its months, photos, blockers): the writes on
     * the entity types given whose key is {@code key} or starts with {@code key + "/"}, newest first, at most 100. The
     * caller has checked that the user may see the thing.
     */
    public List<Change> history(List<String> entityTypes, String key) {
        return jdbc.sql("SELECT occurred_at, username, action, entity_key FROM audit_log"
                        + " WHERE entity_type IN (:types) AND (entity_key = :key OR entity_key LIKE :prefix)"
                        + " ORDER BY occurred_at DESC, id DESC FETCH FIRST 100 ROWS ONLY")
                .param("types", entityTypes)
                .param("key", key)
                .param("prefix", key.replace("%", "\\%").replace("_", "\\_") + "/%")
                .query((rs, n) ->
                        new Change(rs.getTimestamp(1).toInstant(), rs.getString(2), rs.getString(3), rs.getString(4)))
                .list();
    }

    ListPage<AuditEntry> search(AuditQuery query) {
        if (currentUser.scope().role() != Role.CITY_ADMIN) {
            throw new AccessDeniedException(Messages.get("account.error.auditDenied"));
        }
        List<String> conditions = new ArrayList<>();
        Map<String, Object> params = new LinkedHashMap<>();
        if (hasText(query.username())) {
            conditions.add("username = :username");
            params.put("username", query.username().strip());
        }
        if (hasText(query.entityType())) {
            conditions.add("entity_type = :entityType");
            params.put("entityType", query.entityType().strip());
        }
        if (query.from() != null) {
            conditions.add("occurred_at >= :from");
            params.put("from", startOfDay(query.from()));
        }
        if (query.to() != null) {
            conditions.add("occurred_at < :to");
            params.put("to", startOfDay(query.to().plusDays(1)));
        }
        String where = conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
        long total = jdbc.sql("SELECT COUNT(*) FROM audit_log" + where)
                .params(params)
                .query(Long.class)
                .single();
        String select = "SELECT id, occurred_at, username, action, entity_type, entity_key, before_json, after_json"
                + " FROM audit_log" + where + " ORDER BY occurred_at DESC, id DESC LIMIT :limit OFFSET :offset";
        List<AuditEntry> entries = jdbc.sql(select)
                .params(params)
                .param("limit", query.size())
                .param("offset", (long) (query.page() - 1) * query.size())
                .query(AuditLog::entry)
                .list();
        // counted in SQL, not held in memory: a page of a list of any length
        return new ListPage<>(entries, query.page(), query.size(), Math.toIntExact(total));
    }

    /** The entity types that occur in the log, for the filter. */
    @Transactional(readOnly = true)
    List<String> entityTypes() {
        return jdbc.sql("SELECT DISTINCT entity_type FROM audit_log ORDER BY entity_type")
                .query(String.class)
                .list();
    }

    private static AuditEntry entry(ResultSet rs, int rowNum) throws SQLException {
        return new AuditEntry(
                rs.getLong("id"),
                rs.getObject("occurred_at", OffsetDateTime.class).toInstant(),
                rs.getString("username"),
                rs.getString("action"),
                rs.getString("entity_type"),
                rs.getString("entity_key"),
                rs.getString("before_json"),
                rs.getString("after_json"));
    }

    private static OffsetDateTime startOfDay(LocalDate day) {
        return day.atStartOfDay(ShownTime.ZONE).toOffsetDateTime();
    }

    private static boolean hasText(@Nullable String value) {
        return value != null && !value.isBlank();
    }

    private static String currentUsername() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null || authentication.getName() == null ? SYSTEM : authentication.getName();
    }
}
