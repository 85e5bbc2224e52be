package io.industrypulse.fault;

import static org.assertj.core.api.Assertions.assertThat;

import io.industrypulse.Application;
import io.industrypulse.ingest.ImportBenchSetup;
import io.industrypulse.ingest.LargeWorkbook;
import io.industrypulse.monitor.MonitorService;
import io.industrypulse.support.PostgresDatabase;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * kill -9 of the application in the middle of a 100,000-row import (issue 17, item 8): the packaged jar imports a
 * B204-1 workbook into PostgreSQL and is killed while it writes the rows. The database then holds all of the month or
 * none of it; the application started again finds nothing half done (no revision without its rows, every event
 * publication completed), and when the import is made again it picks the month up without a restart.
 */
class KillDuringImportIT {

    private static final int ROWS = 100_000;
    private static final String PERIOD = "2026-11";
    private static final Path JAR = Path.of("target/industrypulse.jar");

    @BeforeAll
    static void postgresAndTheJar() {
        String why = !PostgresDatabase.available()
                ? PostgresDatabase.unavailableReason()
                : !Files.isRegularFile(JAR) ? "no " + JAR + " (run ./mvnw verify, which packages it first)" : null;
        PostgresServer.skipUnless(why);
    }

    private static Process importer(String url, Path workbook, Path log) throws Exception {
        List<String> command = new ArrayList<>(List.of(
                System.getProperty("java.home") + File.separator + "bin" + File.separator + "java",
                "-Xmx512m",
                "-jar",
                JAR.toString(),
                "import",
                "--kind",
                "monthly",
                "--period",
                PERIOD,
                workbook.toString(),
                "--spring.datasource.url=" + url,
                "--spring.datasource.username=" + PostgresDatabase.user(),
                "--spring.datasource.password=" + PostgresDatabase.password()));
        ProcessBuilder builder =
                new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().put("ADMIN_PASSWORD", "Pulse-Admin-2026");
        return builder.start();
    }

    private static long count(Connection db, String sql) throws Exception {
        try (Statement statement = db.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    @Test
    void aKilledImportLeavesAllOrNothingAndTheRestartedApplicationFinishesWhatWasOpen() throws Exception {
        String url = PostgresDatabase.newDatabaseUrl();
        ImportBenchSetup.prepare(url, PostgresDatabase.user(), PostgresDatabase.password(), ROWS);
        Path work = Files.createTempDirectory("kill-import");
        Path workbook = LargeWorkbook.write(work.resolve("b204-1.xlsx"), ROWS, false);
        String name = url.substring(url.lastIndexOf('/') + 1);
        String inMonth = "SELECT COUNT(*) FROM monthly_report WHERE period = DATE '" + PERIOD + "-01'";

        try (Connection db = DriverManager.getConnection(url, PostgresDatabase.user(), PostgresDatabase.password())) {
            Process first = importer(url, workbook, work.resolve("killed.log"));
            // killed while its transaction writes the rows: the COPY of the month's rows (on PostgreSQL) has started
            long started = System.nanoTime();
            boolean writing = false;
            while (!writing && first.isAlive() && System.nanoTime() - started < 120_000_000_000L) {
                writing = count(
                                db,
                                "SELECT COUNT(*) FROM pg_stat_activity WHERE datname = '" + name
                                        + "' AND query ILIKE 'COPY monthly_%' AND xact_start IS NOT NULL")
                        > 0;
                if (!writing) {
                    Thread.sleep(20);
                }
            }
            assertThat(writing)
                    .as("the import reached its COPY of the rows: " + Files.readString(work.resolve("killed.log")))
                    .isTrue();
            first.destroyForcibly(); // SIGKILL: no shutdown hook, no rollback by the application
            assertThat(first.waitFor(30, TimeUnit.SECONDS)).isTrue();
            double killedAfter = (System.nanoTime() - started) / 1e9;

            // the server rolls the open transaction back when the connection drops
            Awaitility.await()
                    .atMost(Duration.ofSeconds(30))
                    .until(() -> count(
                                    db,
                                    "SELECT COUNT(*) FROM pg_stat_activity WHERE datname = '" + name
                                            + "' AND xact_start IS NOT NULL AND pid <> pg_backend_pid()")
                            == 0);
            long stored = count(db, inMonth);
            long revisions = count(db, "SELECT COUNT(*) FROM monthly_revision");
            System.out.printf(
                    "import killed %.1f s after it started: %,d of %,d rows of %s stored, %d revisions%n",
                    killedAfter, stored, ROWS, PERIOD, revisions);
            assertThat(stored).as("all or nothing").isIn(0L, (long) ROWS);
            assertThat(revisions).as("a revision only with its rows").isEqualTo(stored == 0 ? 0 : 1);

            // the application starts again on the database: nothing half done is left open
            try (ConfigurableApplicationContext app = new SpringApplicationBuilder(Application.class)
                    .run(
                            "--spring.datasource.url=" + url,
                            "--spring.datasource.username=" + PostgresDatabase.user(),
                            "--spring.datasource.password=" + PostgresDatabase.password(),
                            "--spring.datasource.hikari.maximum-pool-size=5",
                            "--industrypulse.demo.enabled=false",
                            "--server.port=0")) {
                Awaitility.await()
                        .atMost(Duration.ofSeconds(60))
                        .until(() ->
                                count(db, "SELECT COUNT(*) FROM event_publication WHERE completion_date IS NULL") == 0);
                MonitorService monitor = app.getBean(MonitorService.class);
                Awaitility.await().atMost(Duration.ofSeconds(120)).until(monitor::ready);
                if (stored == 0) {
                    assertThat(monitor.latestYear()).isEmpty();
                    // made again, to the end, by another process: the running application picks the month up
                    Process again = importer(url, workbook, work.resolve("again.log"));
                    assertThat(again.waitFor(180, TimeUnit.SECONDS)).isTrue();
                    assertThat(again.exitValue())
                            .as(Files.readString(work.resolve("again.log")))
                            .isZero();
                    assertThat(count(db, inMonth)).isEqualTo(ROWS);
                    Awaitility.await()
                            .atMost(Duration.ofSeconds(10))
                            .until(() -> monitor.latestYear().isPresent());
                }
                assertThat(monitor.latestYear()).contains(Year.of(2026));
            }
        } finally {
            Files.deleteIfExists(workbook);
            try (var logs = Files.list(work)) {
                logs.forEach(f -> f.toFile().delete());
            }
            Files.deleteIfExists(work);
        }
    }
}
