package io.industrypulse.statdata;

import static io.industrypulse.statdata.StatDataRepository.firstDay;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** SQL of the revision tables ({@code period_lock}, {@code monthly_revision}, {@code monthly_detail_pack}). */
@Repository
class RevisionRepository {

    private static final String REVISION_COLUMNS =
            "id, period, revision, source, imported_by, imported_at, county_code, row_count, kind";

    private final JdbcTemplate jdbcTemplate;
    private final JdbcClient jdbc;

    RevisionRepository(JdbcTemplate jdbcTemplate) {
        this.jdbcTemplate = jdbcTemplate;
        this.jdbc = JdbcClient.create(jdbcTemplate);
    }

    /** Locks the period's row until the transaction ends; creates it first when missing. */
    void lock(YearMonth period) {
        jdbc.sql("INSERT INTO period_lock (period) VALUES (?) ON CONFLICT DO NOTHING")
                .param(firstDay(period))
                .update();
        jdbc.sql("SELECT period FROM period_lock WHERE period = ? FOR UPDATE")
                .param(firstDay(period))
                .query(LocalDate.class)
                .single();
    }

    long insertRevision(MonthlyRevision revision) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO monthly_revision (period, revision, source, imported_by, imported_at, county_code,"
                        + " row_count, kind) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
                .params(
                        firstDay(revision.period()),
                        revision.revision(),
                        revision.source(),
                        revision.importedBy(),
                        OffsetDateTime.ofInstant(revision.importedAt(), ZoneOffset.UTC),
                        revision.countyCode(),
                        revision.rowCount(),
                        revision.kind())
                .update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    List<MonthlyRevision> revisions(YearMonth period) {
        return jdbc.sql("SELECT " + REVISION_COLUMNS + " FROM monthly_revision WHERE period = ? ORDER BY revision DESC")
                .param(firstDay(period))
                .query((rs, n) -> revision(rs))
                .list();
    }

    /** The id of the period's latest revision (revisions of a period are made one after the other, under its lock). */
    @Nullable
    Long latestRevisionId(YearMonth period) {
        return jdbc.sql("SELECT MAX(id) FROM monthly_revision WHERE period = ?")
                .param(firstDay(period))
                .query(Long.class)
                .optional()
                .orElse(null);
    }

    /** The latest revisions, newest first: all, or those of one county's imports. */
    List<MonthlyRevision> recentRevisions(int limit, @Nullable String county) {
        return jdbc.sql("SELECT " + REVISION_COLUMNS + " FROM monthly_revision"
                        + (county == null ? "" : " WHERE county_code = :county")
                        + " ORDER BY imported_at DESC, id DESC LIMIT :limit")
                .params(county == null ? Map.of("limit", limit) : Map.of("limit", limit, "county", county))
                .query((rs, n) -> revision(rs))
                .list();
    }

    Optional<MonthlyRevision> revision(long id) {
        return jdbc.sql("SELECT " + REVISION_COLUMNS + " FROM monthly_revision WHERE id = ?")
                .param(id)
                .query((rs, n) -> revision(rs))
                .optional();
    }

    Optional<MonthlyRevision> revision(YearMonth period, int number) {
        return jdbc.sql("SELECT " + REVISION_COLUMNS + " FROM monthly_revision WHERE period = ? AND revision = ?")
                .params(firstDay(period), number)
                .query((rs, n) -> revision(rs))
                .optional();
    }

    /** One recorded change of a package revision: see {@code monthly_revision_change}. */
    record Change(
            String creditCode,
            String name,
            String kind,
            String field,
            @Nullable BigDecimal before,
            @Nullable BigDecimal after) {}

    void insertChanges(long revisionId, List<Change> changes) {
        BulkInsert.insert(
                jdbcTemplate,
                "monthly_revision_change",
                List.of("revision_id", "credit_code", "name", "change_kind", "field", "before_value", "after_value"),
                changes,
                c -> new Object[] {revisionId, c.creditCode(), c.name(), c.kind(), c.field(), c.before(), c.after()});
    }

    /** The changes of a package revision, by credit code in the order they were recorded. */
    List<Change> changes(long revisionId) {
        return jdbc.sql("""
                        SELECT credit_code, name, change_kind, field, before_value, after_value
                        FROM monthly_revision_change WHERE revision_id = ? ORDER BY credit_code""")
                .param(revisionId)
                .query((rs, n) -> new Change(
                        rs.getString(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getBigDecimal(5),
                        rs.getBigDecimal(6)))
                .list();
    }

    /** The revision's B204-1 detail, as one {@link DetailPack}. */
    void insertDetail(long revisionId, List<MonthlyDetail> rows) {
        jdbc.sql("INSERT INTO monthly_detail_pack (revision_id, format, packed) VALUES (?, ?, ?)")
                .params(revisionId, DetailPack.FORMAT, DetailPack.pack(rows))
                .update();
    }

    /** The revision's B204-1 detail in credit-code order; none for a package revision. */
    List<MonthlyDetail> detail(long revisionId) {
        return jdbc.sql("SELECT format, packed FROM monthly_detail_pack WHERE revision_id = ?")
                .param(revisionId)
                .query((rs, n) -> DetailPack.unpack(rs.getInt(1), rs.getBytes(2)))
                .optional()
                .orElse(List.of());
    }

    /** Revenue (B203) of the period's current rows, which a B204-1 import keeps. */
    Map<String, BigDecimal> revenues(YearMonth period) {
        Map<String, BigDecimal> revenues = new HashMap<>();
        jdbc.sql("SELECT credit_code, revenue FROM monthly_report WHERE period = ? AND revenue IS NOT NULL")
                .param(firstDay(period))
                .query(rs -> {
                    revenues.put(rs.getString(1), rs.getBigDecimal(2));
                });
        return revenues;
    }

    private static MonthlyRevision revision(ResultSet rs) throws SQLException {
        return new MonthlyRevision(
                rs.getLong("id"),
                YearMonth.from(rs.getObject("period", LocalDate.class)),
                rs.getInt("revision"),
                rs.getString("source"),
                rs.getString("imported_by"),
                rs.getObject("imported_at", OffsetDateTime.class).toInstant(),
                rs.getString("county_code"),
                rs.getInt("row_count"),
                rs.getString("kind"));
    }
}
