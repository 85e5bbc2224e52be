package io.industrypulse.statdata;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL of the statdata tables; JDBC batches for the bulk writes. */
@Repository
class StatDataRepository {

    private static final int BATCH_SIZE = 1_000;

    private final JdbcTemplate jdbcTemplate;
    private final JdbcClient jdbcClient;
    /** Forgotten by every write of {@code monthly_report} below: the writes of the table are all here. */
    private final WrittenMonth written;

    StatDataRepository(JdbcTemplate jdbcTemplate, WrittenMonth written) {
        this.jdbcTemplate = jdbcTemplate;
        this.jdbcClient = JdbcClient.create(jdbcTemplate);
        this.written = written;
    }

    void insertMonthly(List<MonthlyRow> rows) {
        written.forget();
        BulkInsert.insert(
                jdbcTemplate,
                "monthly_report",
                List.of("period", "credit_code", "output", "output_ly", "revenue", "electricity"),
                rows,
                row -> new Object[] {
                    firstDay(row.period()),
                    row.creditCode(),
                    row.output(),
                    row.outputLy(),
                    row.revenue(),
                    row.electricity()
                });
    }

    int deleteMonthly(YearMonth from, YearMonth to) {
        written.forget();
        return jdbcClient
                .sql("DELETE FROM monthly_report WHERE period BETWEEN ? AND ?")
                .params(firstDay(from), firstDay(to))
                .update();
    }

    void deleteMonthlyOf(YearMonth period, List<String> creditCodes) {
        written.forget();
        java.time.LocalDate day = firstDay(period);
        jdbcTemplate.batchUpdate(
                "DELETE FROM monthly_report WHERE period = ? AND credit_code = ?", creditCodes, BATCH_SIZE, (ps, c) -> {
                    ps.setObject(1, day);
                    ps.setString(2, c);
                });
    }

    List<MonthlyRow> monthly(YearMonth from, YearMonth to) {
        return jdbcClient
                .sql("SELECT period, credit_code, output, output_ly, revenue, electricity FROM monthly_report"
                        + " WHERE period BETWEEN ? AND ? ORDER BY period, credit_code")
                .params(firstDay(from), firstDay(to))
                .query((rs, n) -> monthlyRow(rs))
                .list();
    }

    /**
     * Monthly rows of whole years, ordered by period and credit code. The years of a snapshot are most of the table:
     * a scan without the primary key's order (the function keeps H2 from walking the index, which fetches every row
     * by key, 4x slower at a million rows) and a sort in memory are faster on both databases.
     */
    List<MonthlyRow> monthlyOfYears(Year from, Year to) {
        List<MonthlyRow> rows = new java.util.ArrayList<>(jdbcClient
                .sql("SELECT period, credit_code, output, output_ly, revenue, electricity FROM monthly_report"
                        + " WHERE EXTRACT(YEAR FROM period) BETWEEN ? AND ?")
                .params(from.getValue(), to.getValue())
                .query((rs, n) -> monthlyRow(rs))
                .list());
        rows.sort(java.util.Comparator.comparing(MonthlyRow::period).thenComparing(MonthlyRow::creditCode));
        return rows;
    }

    /** Σ revenue January..period by credit code, for the enterprises with revenue in every one of those months. */
    java.util.Map<String, java.math.BigDecimal> revenueCumulative(YearMonth period) {
        java.util.Map<String, java.math.BigDecimal> sums = new java.util.HashMap<>();
        jdbcClient
                .sql("SELECT credit_code, SUM(revenue) FROM monthly_report WHERE period BETWEEN ? AND ?"
                        + " AND revenue IS NOT NULL GROUP BY credit_code HAVING COUNT(*) = ?")
                .params(firstDay(period.withMonth(1)), firstDay(period), period.getMonthValue())
                .query(rs -> {
                    sums.put(rs.getString(1), rs.getBigDecimal(2));
                });
        return sums;
    }

    List<MonthlyRow> monthlyOf(String creditCode, YearMonth from, YearMonth to) {
        return jdbcClient
                .sql("SELECT period, credit_code, output, output_ly, revenue, electricity FROM monthly_report"
                        + " WHERE credit_code = ? AND period BETWEEN ? AND ? ORDER BY period")
                .params(creditCode, firstDay(from), firstDay(to))
                .query((rs, n) -> monthlyRow(rs))
                .list();
    }

    List<YearMonth> periods() {
        return jdbcClient
                .sql("SELECT DISTINCT period FROM monthly_report ORDER BY period")
                .query((rs, n) -> YearMonth.from(rs.getObject(1, LocalDate.class)))
                .list();
    }

    void upsertVaRatios(List<VaRatio> ratios) {
        jdbcTemplate.batchUpdate(
                "DELETE FROM va_ratio WHERE stat_year = ? AND division_code = ?", ratios, BATCH_SIZE, (ps, r) -> {
                    ps.setInt(1, r.year());
                    ps.setString(2, r.divisionCode());
                });
        jdbcTemplate.batchUpdate(
                "INSERT INTO va_ratio (stat_year, division_code, ratio) VALUES (?, ?, ?)",
                ratios,
                BATCH_SIZE,
                (ps, r) -> {
                    ps.setInt(1, r.year());
                    ps.setString(2, r.divisionCode());
                    ps.setBigDecimal(3, r.ratio());
                });
    }

    List<VaRatio> vaRatios(int fromYear, int toYear) {
        return jdbcClient
                .sql("SELECT stat_year, division_code, ratio FROM va_ratio WHERE stat_year BETWEEN ? AND ?"
                        + " ORDER BY stat_year, division_code")
                .params(fromYear, toYear)
                .query((rs, n) -> new VaRatio(rs.getInt(1), rs.getString(2), rs.getBigDecimal(3)))
                .list();
    }

    void upsertPpi(List<Ppi> rows) {
        jdbcTemplate.batchUpdate(
                "DELETE FROM ppi WHERE period = ? AND division_code = ?", rows, BATCH_SIZE, (ps, p) -> {
                    ps.setObject(1, firstDay(p.period()));
                    ps.setString(2, p.divisionCode());
                });
        jdbcTemplate.batchUpdate(
                "INSERT INTO ppi (period, division_code, ppi_yoy) VALUES (?, ?, ?)", rows, BATCH_SIZE, (ps, p) -> {
                    ps.setObject(1, firstDay(p.period()));
                    ps.setString(2, p.divisionCode());
                    ps.setBigDecimal(3, p.ppiYoy());
                });
    }

    List<Ppi> ppi(YearMonth from, YearMonth to) {
        return jdbcClient
                .sql("SELECT period, division_code, ppi_yoy FROM ppi WHERE period BETWEEN ? AND ?"
                        + " ORDER BY period, division_code")
                .params(firstDay(from), firstDay(to))
                .query((rs, n) ->
                        new Ppi(YearMonth.from(rs.getObject(1, LocalDate.class)), rs.getString(2), rs.getBigDecimal(3)))
                .list();
    }

    private static MonthlyRow monthlyRow(ResultSet rs) throws SQLException {
        return new MonthlyRow(
                YearMonth.from(rs.getObject("period", LocalDate.class)),
                rs.getString("credit_code"),
                rs.getBigDecimal("output"),
                rs.getBigDecimal("output_ly"),
                rs.getBigDecimal("revenue"),
                rs.getBigDecimal("electricity"));
    }

    static LocalDate firstDay(YearMonth period) {
        return period.atDay(1);
    }
}
