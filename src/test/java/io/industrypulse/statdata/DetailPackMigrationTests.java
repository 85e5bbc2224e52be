package io.industrypulse.statdata;

import static org.assertj.core.api.Assertions.assertThat;

import io.industrypulse.statdata.MonthlyDetail.Figures;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A database with B204-1 detail in {@code monthly_detail} keeps every row when migrated to the packed detail (V95,
 * V96): each revision reads back the rows written before, a package revision still has none, and the old table is
 * gone. Runs on H2 ({@link DetailPackMigrationH2Test}) and PostgreSQL ({@link DetailPackMigrationPostgresTest}).
 */
abstract class DetailPackMigrationTests {

    abstract DataSource freshDatabase();

    @Test
    void everyRevisionKeepsItsDetail() throws SQLException {
        DataSource database = freshDatabase();
        Flyway.configure()
                .dataSource(database)
                .locations("classpath:db/migration")
                .target("95")
                .load()
                .migrate();
        JdbcClient jdbc = JdbcClient.create(database);
        long first = revision(jdbc, 1, "B204-1");
        long second = revision(jdbc, 2, "B204-1");
        long fromPackage = revision(jdbc, 3, "PACKAGE");
        detail(jdbc, first, "91130102MA0000002B", "乙厂", "100.50", null);
        detail(jdbc, first, "91130102MA0000001A", "\"甲\", 厂\n二车间", "-3.25", "7.00");
        detail(jdbc, second, "91130102MA0000001A", "甲厂", "9999999999999996.99", "0.01");

        Flyway.configure()
                .dataSource(database)
                .locations("classpath:db/migration")
                .javaMigrations(new DetailPackMigration())
                .load()
                .migrate();

        RevisionRepository revisions = new RevisionRepository(new JdbcTemplate(database));
        assertThat(revisions.detail(first))
                .containsExactly(
                        row("91130102MA0000001A", "\"甲\", 厂\n二车间", "-3.25", "7.00"),
                        row("91130102MA0000002B", "乙厂", "100.50", null));
        assertThat(revisions.detail(second))
                .containsExactly(row("91130102MA0000001A", "甲厂", "9999999999999996.99", "0.01"));
        assertThat(revisions.detail(fromPackage)).isEmpty();
        try (Connection connection = database.getConnection();
                var tables = connection.getMetaData().getTables(null, null, "monthly_detail", null)) {
            assertThat(tables.next()).as("monthly_detail is dropped").isFalse();
        }
    }

    private static long revision(JdbcClient jdbc, int number, String kind) {
        jdbc.sql("INSERT INTO monthly_revision (period, revision, source, imported_by, imported_at, row_count, kind)"
                        + " VALUES (DATE '2026-10-01', ?, 'b204-1.xlsx', 'analyst', TIMESTAMP WITH TIME ZONE"
                        + " '2026-11-05 10:00:00+08', 2, ?)")
                .params(number, kind)
                .update();
        return jdbc.sql("SELECT id FROM monthly_revision WHERE revision = ?")
                .param(number)
                .query(Long.class)
                .single();
    }

    /** Every indicator's four values are the month, then +1, +2, +3; electricity likewise, or none. */
    private static void detail(
            JdbcClient jdbc, long revision, String creditCode, String name, String month, String electricity) {
        BigDecimal m = new BigDecimal(month);
        BigDecimal e = electricity == null ? null : new BigDecimal(electricity);
        jdbc.sql("INSERT INTO monthly_detail VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(
                        revision,
                        creditCode,
                        name,
                        m,
                        m.add(BigDecimal.ONE),
                        m.add(BigDecimal.valueOf(2)),
                        m.add(BigDecimal.valueOf(3)),
                        m,
                        m.add(BigDecimal.ONE),
                        m.add(BigDecimal.valueOf(2)),
                        m.add(BigDecimal.valueOf(3)),
                        m,
                        m.add(BigDecimal.ONE),
                        m.add(BigDecimal.valueOf(2)),
                        m.add(BigDecimal.valueOf(3)),
                        e,
                        e == null ? null : e.add(BigDecimal.ONE),
                        e == null ? null : e.add(BigDecimal.valueOf(2)),
                        e == null ? null : e.add(BigDecimal.valueOf(3)))
                .update();
    }

    /** The row as written above, read as the columns held it: two decimals. */
    private static MonthlyDetail row(String creditCode, String name, String month, String electricity) {
        Figures figures = figures(month);
        return new MonthlyDetail(
                creditCode, name, figures, figures, figures, electricity == null ? null : figures(electricity));
    }

    private static Figures figures(String month) {
        BigDecimal m = new BigDecimal(month).setScale(2);
        return new Figures(
                m, m.add(new BigDecimal("1.00")), m.add(new BigDecimal("2.00")), m.add(new BigDecimal("3.00")));
    }
}
