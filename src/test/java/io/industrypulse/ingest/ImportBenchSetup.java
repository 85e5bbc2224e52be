package io.industrypulse.ingest;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import org.flywaydb.core.Flyway;

/**
 * Prepares the import benchmark ({@code bench/import.sh}): a fresh database (H2 file or a scratch PostgreSQL database)
 * migrated with the application's Flyway scripts, the regions of the demo city and a registry of {@code ROWS}
 * synthetic enterprises ({@link LargeWorkbook#enterprise}), and the matching B204-1 workbook. Prints the JDBC URL to
 * give the import command.
 *
 * <pre>
 * ImportBenchSetup h2 WORK_DIR ROWS
 * ImportBenchSetup postgres WORK_DIR ROWS      (PG_TEST_HOST/PORT/USER/PASSWORD; database industrypulse_bench_import)
 * ImportBenchSetup drop-postgres               (drops that database)
 * </pre>
 */
public final class ImportBenchSetup {

    static final String PG_DATABASE = "industrypulse_bench_import";

    private static final String[][] REGIONS = {
        {"130000", "示例省", "province", null},
        {"130100", "示例市", "city", "130000"},
        {"130102", "长安区", "county", "130100"},
        {"130103", "桥东区", "county", "130100"},
        {"130104", "桥西区", "county", "130100"},
        {"130105", "新华区", "county", "130100"},
        {"130108", "裕华区", "county", "130100"},
        {"130109", "藁城区", "county", "130100"},
        {"130121", "井陉县", "county", "130100"},
        {"130123", "正定县", "county", "130100"},
        {"130125", "行唐县", "county", "130100"},
        {"130127", "高邑县", "county", "130100"},
        {"130130", "无极县", "county", "130100"},
        {"130181", "辛集市", "county", "130100"}
    };

    private ImportBenchSetup() {}

    public static void main(String[] args) throws Exception {
        String kind = args[0];
        if (kind.equals("drop-postgres")) {
            dropPostgres();
            return;
        }
        Path work = Files.createDirectories(Path.of(args[1]).toAbsolutePath());
        int rows = Integer.parseInt(args[2]);
        String url;
        String user;
        String password;
        if (kind.equals("h2")) {
            url = "jdbc:h2:file:" + work.resolve("h2/industrypulse")
                    + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";
            user = "sa";
            password = "";
        } else {
            dropPostgres();
            try (Connection admin = DriverManager.getConnection(pgUrl("postgres"), pgUser(), pgPassword());
                    Statement statement = admin.createStatement()) {
                statement.execute("CREATE DATABASE " + PG_DATABASE);
            }
            url = pgUrl(PG_DATABASE);
            user = pgUser();
            password = pgPassword();
        }
        long start = System.nanoTime();
        prepare(url, user, password, rows);
        System.err.printf("registry of %,d enterprises in %.1f s%n", rows, (System.nanoTime() - start) / 1e9);
        LargeWorkbook.main(
                new String[] {work.resolve("b204-1-" + rows + ".xlsx").toString(), String.valueOf(rows)});
        System.out.println(url);
    }

    /** Migrates an empty database and stores the regions and a registry of {@code rows} synthetic enterprises. */
    public static void prepare(String url, String user, String password, int rows) throws SQLException {
        Flyway.configure()
                .dataSource(url, user, password)
                .locations("classpath:db/migration")
                .load()
                .migrate();
        try (Connection connection = DriverManager.getConnection(url, user, password)) {
            connection.setAutoCommit(false);
            registry(connection, rows);
            connection.commit();
        }
    }

    private static void registry(Connection connection, int rows) throws SQLException {
        try (PreparedStatement region = connection.prepareStatement(
                "INSERT INTO region (code, name, level, parent_code, sort_order) VALUES (?, ?, ?, ?, ?)")) {
            for (int i = 0; i < REGIONS.length; i++) {
                region.setString(1, REGIONS[i][0]);
                region.setString(2, REGIONS[i][1]);
                region.setString(3, REGIONS[i][2]);
                region.setString(4, REGIONS[i][3]);
                region.setInt(5, i);
                region.addBatch();
            }
            region.executeBatch();
        }
        Timestamp now = Timestamp.from(Instant.now());
        try (PreparedStatement enterprise = connection.prepareStatement(
                "INSERT INTO enterprise (credit_code, name, county_code, division_code, created_at, updated_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?)")) {
            for (int i = 0; i < rows; i++) {
                LargeWorkbook.Enterprise e = LargeWorkbook.enterprise(i);
                enterprise.setString(1, e.creditCode());
                enterprise.setString(2, e.name());
                enterprise.setString(3, e.countyCode());
                enterprise.setString(4, e.division());
                enterprise.setTimestamp(5, now);
                enterprise.setTimestamp(6, now);
                enterprise.addBatch();
                if (i % 5_000 == 4_999) {
                    enterprise.executeBatch();
                }
            }
            enterprise.executeBatch();
        }
    }

    private static void dropPostgres() throws SQLException {
        try (Connection admin = DriverManager.getConnection(pgUrl("postgres"), pgUser(), pgPassword());
                Statement statement = admin.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + PG_DATABASE + " WITH (FORCE)");
        }
    }

    static String pgUrl(String database) {
        return "jdbc:postgresql://" + System.getenv().getOrDefault("PG_TEST_HOST", "localhost") + ":"
                + System.getenv().getOrDefault("PG_TEST_PORT", "5432") + "/" + database;
    }

    private static String pgUser() {
        return System.getenv().getOrDefault("PG_TEST_USER", "postgres");
    }

    private static String pgPassword() {
        return System.getenv().getOrDefault("PG_TEST_PASSWORD", "");
    }
}
