package io.industrypulse.report;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL of {@code report_archive}: the documents of each month, region and kind, every version kept. */
@Repository
class ReportArchive {

    private static final String COLUMNS = """
            id, kind, period, region_code, version, data_version, data_time, content_hash, title, generated_at,
            generated_by, pdf IS NOT NULL AS has_pdf""";

    private final JdbcClient jdbc;

    ReportArchive(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(ArchivedReport report, byte[] docx, byte @Nullable [] pdf, byte[] traceXlsx) {
        jdbc.sql("""
                        INSERT INTO report_archive (kind, period, region_code, version, data_version, data_time,
                            content_hash, title, generated_at, generated_by, docx, pdf, trace_xlsx)
                        VALUES (:kind, :period, :region, :version, :dataVersion, :dataTime, :hash, :title, :at, :by,
                            :docx, :pdf, :trace)""")
                .param("kind", report.kind().code())
                .param("period", report.period().atDay(1))
                .param("region", report.regionCode())
                .param("version", report.version())
                .param("dataVersion", report.dataVersion())
                .param(
                        "dataTime",
                        report.dataTime() == null ? null : report.dataTime().atOffset(ZoneOffset.UTC))
                .param("hash", report.contentHash())
                .param("title", report.title())
                .param("at", report.generatedAt().atOffset(ZoneOffset.UTC))
                .param("by", report.generatedBy())
                .param("docx", docx)
                .param("pdf", pdf)
                .param("trace", traceXlsx)
                .update();
        return jdbc.sql("""
                        SELECT id FROM report_archive
                        WHERE kind = :kind AND period = :period AND region_code = :region AND version = :version""")
                .param("kind", report.kind().code())
                .param("period", report.period().atDay(1))
                .param("region", report.regionCode())
                .param("version", report.version())
                .query(Long.class)
                .single();
    }

    /** The latest version of a month's document of a region. */
    Optional<ArchivedReport> latest(ReportKind kind, YearMonth period, String region) {
        return jdbc.sql("SELECT " + COLUMNS + """
                         FROM report_archive WHERE kind = :kind AND period = :period AND region_code = :region
                        ORDER BY version DESC FETCH FIRST 1 ROWS ONLY""")
                .param("kind", kind.code())
                .param("period", period.atDay(1))
                .param("region", region)
                .query(ReportArchive::row)
                .optional();
    }

    /** Every version of the regions' documents, newest month first, then kind, region and newest version. */
    List<ArchivedReport> list(@Nullable YearMonth period, List<String> regions) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM report_archive WHERE region_code IN (:regions)"
                        + (period == null ? "" : " AND period = :period")
                        + " ORDER BY period DESC, kind, region_code, version DESC")
                .param("regions", regions)
                .param("period", period == null ? LocalDate.MIN : period.atDay(1))
                .query(ReportArchive::row)
                .list();
    }

    Optional<ArchivedReport> find(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM report_archive WHERE id = :id")
                .param("id", id)
                .query(ReportArchive::row)
                .optional();
    }

    /** The stored file: {@code docx}, {@code pdf} or {@code trace_xlsx}. */
    Optional<byte[]> content(long id, String column) {
        if (!List.of("docx", "pdf", "trace_xlsx").contains(column)) {
            throw new IllegalArgumentException(column);
        }
        return jdbc.sql("SELECT " + column + " FROM report_archive WHERE id = :id")
                .param("id", id)
                .query((rs, n) -> rs.getBytes(1))
                .optional()
                .filter(bytes -> bytes != null);
    }

    /** The newest version of every month, kind and region, for regeneration after the data change. */
    /** The newest version of every document, unless it was written or found current at {@code version} or later. */
    List<ArchivedReport> olderThan(long version) {
        return jdbc.sql("SELECT " + COLUMNS + """
                         FROM report_archive a WHERE version = (SELECT MAX(version) FROM report_archive b
                            WHERE b.kind = a.kind AND b.period = a.period AND b.region_code = a.region_code)
                          AND data_version < :version AND COALESCE(checked_version, 0) < :version
                        ORDER BY period, kind, region_code""")
                .param("version", version)
                .query(ReportArchive::row)
                .list();
    }

    /** Records that the version {@code id} still reads the same at data version {@code version}. */
    void checked(long id, long version) {
        jdbc.sql("UPDATE report_archive SET checked_version = :version WHERE id = :id")
                .param("version", version)
                .param("id", id)
                .update();
    }

    private static ArchivedReport row(ResultSet rs, int n) throws SQLException {
        OffsetDateTime dataTime = rs.getObject("data_time", OffsetDateTime.class);
        return new ArchivedReport(
                rs.getLong("id"),
                ReportKind.of(rs.getString("kind")).orElseThrow(),
                YearMonth.from(rs.getObject("period", LocalDate.class)),
                rs.getString("region_code"),
                rs.getInt("version"),
                rs.getLong("data_version"),
                dataTime == null ? null : dataTime.toInstant(),
                rs.getString("content_hash"),
                rs.getString("title"),
                rs.getObject("generated_at", OffsetDateTime.class).toInstant(),
                rs.getString("generated_by"),
                rs.getBoolean("has_pdf"));
    }
}
