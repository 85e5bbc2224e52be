package io.industrypulse.fault;

import static org.assertj.core.api.Assertions.assertThat;

import io.industrypulse.Application;
import io.industrypulse.account.ApiTokens;
import io.industrypulse.account.Role;
import io.industrypulse.account.UserScope;
import io.industrypulse.demo.DemoCityGenerator;
import io.industrypulse.ingest.CanonicalPackage;
import io.industrypulse.ingest.CanonicalPackageWriter;
import io.industrypulse.ingest.TableImportResult;
import io.industrypulse.ingest.TableImportService;
import io.industrypulse.monitor.MonitorService;
import io.industrypulse.support.PostgresDatabase;
import io.industrypulse.support.WebSession;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A bounded load while an import runs (issue 17, item 8): 32 connections for 30 s on the ranking page and the growth
 * API, on PostgreSQL, while the demo city's package is imported again with October's output 10% higher. No request
 * fails, and every answer shows either the figures before the import or those after it, never a mix of the two.
 */
class LoadDuringImportIT {

    private static final String PASSWORD = "Demo-City-2026";
    private static final int CONNECTIONS = 32;
    private static final long LOAD_NANOS = 30_000_000_000L;
    private static final YearMonth OCTOBER = YearMonth.of(2026, 10);
    private static final Pattern RANKING = Pattern.compile("<table[^>]*id=\"ranking\".*?</table>", Pattern.DOTALL);

    @BeforeAll
    static void postgres() {
        PostgresServer.skipUnless(PostgresDatabase.available() ? null : PostgresDatabase.unavailableReason());
    }

    /** 30 s of load, and at least 5 s more after the import ended (so both figures are seen), at most 90 s. */
    private static boolean loading(long start, long importedAt) {
        long now = System.nanoTime();
        boolean after = importedAt != 0 && now - importedAt > 5_000_000_000L;
        return now - start < 90_000_000_000L && (now - start < LOAD_NANOS || !after);
    }

    /** The ranking table of a page, which must be one snapshot's. */
    private static String ranking(String page) {
        Matcher table = RANKING.matcher(page);
        return table.find() ? table.group() : "no ranking table";
    }

    @Test
    void underLoadEveryAnswerIsTheOldOrTheNewFiguresAndNoneFails() throws Exception {
        // the demo city again, October's output 10% higher: a package the import replaces the months with
        CanonicalPackage city = new DemoCityGenerator().generate().data();
        List<CanonicalPackage.MonthlyRow> monthly = city.monthly().stream()
                .map(m -> m.period().equals(OCTOBER)
                        ? new CanonicalPackage.MonthlyRow(
                                m.period(),
                                m.creditCode(),
                                m.output().multiply(new BigDecimal("1.1")).setScale(2, java.math.RoundingMode.HALF_UP),
                                m.outputLy(),
                                m.revenue(),
                                m.electricity())
                        : m)
                .toList();
        Path changed = Files.createTempDirectory("package-october");
        new CanonicalPackageWriter()
                .write(
                        new CanonicalPackage(
                                city.regions(),
                                city.enterprises(),
                                monthly,
                                city.vaRatios(),
                                city.ppi(),
                                city.targets(),
                                city.benchmarks()),
                        changed,
                        true);

        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(Application.class)
                .run(
                        "--spring.datasource.url=" + PostgresDatabase.newDatabaseUrl(),
                        "--spring.datasource.username=" + PostgresDatabase.user(),
                        "--spring.datasource.password=" + PostgresDatabase.password(),
                        "--server.port=0",
                        "--industrypulse.api.rate-limit.per-second=1000000",
                        "--industrypulse.api.rate-limit.burst=1000000")) {
            Awaitility.await().atMost(Duration.ofSeconds(60)).until(app.getBean(MonitorService.class)::ready);
            int port = ((WebServerApplicationContext) app).getWebServer().getPort();
            UserScope admin = new UserScope("admin", Role.CITY_ADMIN, "130100");
            String token = app.getBean(ApiTokens.class)
                    .create(new UserScope("analyst", Role.CITY_ANALYST, "130100"), "load", true)
                    .token();
            Map<String, String> bearer = Map.of("Authorization", "Bearer " + token, "Accept", "application/json");
            String growth = "/api/v1/growth?period=2026-10";
            String page = "/monitor/ranking?period=2026-10";
            List<WebSession> sessions = new ArrayList<>();
            for (int i = 0; i < CONNECTIONS / 2; i++) {
                WebSession session = new WebSession(port);
                session.login("analyst", PASSWORD);
                sessions.add(session);
            }
            String oldApi = new WebSession(port).get(growth, bearer).body();
            String oldPage = ranking(sessions.get(0).get(page).body());

            Map<String, AtomicLong> seen = new ConcurrentHashMap<>();
            AtomicLong importedAt = new AtomicLong();
            ConcurrentLinkedQueue<String> answers = new ConcurrentLinkedQueue<>();
            ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
            ExecutorService load = Executors.newFixedThreadPool(CONNECTIONS + 1);
            long start = System.nanoTime();
            List<Future<?>> workers = new ArrayList<>();
            for (int i = 0; i < CONNECTIONS; i++) {
                boolean api = i % 2 == 0;
                WebSession session = api ? new WebSession(port) : sessions.get(i / 2);
                workers.add(load.submit(() -> {
                    while (loading(start, importedAt.get())) {
                        var answer = api ? session.get(growth, bearer) : session.get(page);
                        if (answer.statusCode() != 200) {
                            failures.add((api ? "API " : "page ") + answer.statusCode() + " " + answer.body());
                            continue;
                        }
                        answers.add((api ? "A" : "P") + (api ? answer.body() : ranking(answer.body())));
                    }
                }));
            }
            // the import, a few seconds into the load
            Future<TableImportResult> imported = load.submit(() -> {
                Thread.sleep(5_000);
                try {
                    return app.getBean(TableImportService.class)
                            .importFile("package", changed, "demo-october.zip", admin, true);
                } finally {
                    importedAt.set(System.nanoTime());
                }
            });
            TableImportResult result = imported.get(120, TimeUnit.SECONDS);
            for (Future<?> worker : workers) {
                worker.get(60, TimeUnit.SECONDS);
            }
            load.shutdown();
            double seconds = (System.nanoTime() - start) / 1e9;
            assertThat(result.problems()).as("the import").isEmpty();
            assertThat(result.accepted()).isTrue();

            String newApi = new WebSession(port).get(growth, bearer).body();
            String newPage = ranking(sessions.get(0).get(page).body());
            assertThat(newApi).as("the import changed October's figures").isNotEqualTo(oldApi);
            assertThat(newPage).isNotEqualTo(oldPage);
            for (String answer : answers) {
                String kind = answer.substring(0, 1);
                String body = answer.substring(1);
                String which = kind.equals("A")
                        ? body.equals(oldApi) ? "old" : body.equals(newApi) ? "new" : "mixed"
                        : body.equals(oldPage) ? "old" : body.equals(newPage) ? "new" : "mixed";
                seen.computeIfAbsent(kind + " " + which, k -> new AtomicLong()).incrementAndGet();
            }
            System.out.printf(
                    "%d connections for %.0f s during an import of the demo city: %d answers (%.0f/s), %d failed;"
                            + " %s%n",
                    CONNECTIONS, seconds, answers.size(), answers.size() / seconds, failures.size(), seen);
            assertThat(failures).as("failed requests").isEmpty();
            assertThat(seen).doesNotContainKeys("A mixed", "P mixed");
            assertThat(seen).containsKeys("A old", "A new", "P old", "P new");
        } finally {
            try (var files = Files.list(changed)) {
                files.forEach(f -> f.toFile().delete());
            }
            Files.deleteIfExists(changed);
        }
    }
}
