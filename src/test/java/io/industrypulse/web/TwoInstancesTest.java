package io.industrypulse.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.industrypulse.Application;
import io.industrypulse.support.WebSession;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Two instances of the application on one database, as behind a load balancer (issue 17): a user signed in on A keeps
 * working when the next request reaches B, and after A restarts; signing out on one signs out on both; a target
 * changed on A shows on B's ranking within 2 s.
 */
abstract class TwoInstancesTest {

    /** The Spring arguments that point an instance at the database both share. */
    abstract List<String> database();

    private ConfigurableApplicationContext start(List<String> database, boolean loadDemo) {
        List<String> arguments = new ArrayList<>(database);
        arguments.add("--server.port=0");
        arguments.add("--industrypulse.demo.enabled=" + loadDemo);
        return new SpringApplicationBuilder(Application.class).run(arguments.toArray(String[]::new));
    }

    private static int port(ConfigurableApplicationContext context) {
        return ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    private static final java.util.regex.Pattern TARGET = java.util.regex.Pattern.compile(
            "<tr data-code=\"130102\">.*?class=\"num target\"[^>]*>([^<]*)<", java.util.regex.Pattern.DOTALL);

    /** 130102's target on the ranking page as the session sees it. */
    private static String target(WebSession session) {
        var matcher = TARGET.matcher(session.get("/monitor/ranking").body());
        assertThat(matcher.find()).isTrue();
        return matcher.group(1).trim();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aSessionMadeOnOneInstanceWorksOnTheOtherAndAfterARestart() {
        List<String> database = database();
        try (ConfigurableApplicationContext b = start(database, true)) {
            WebSession onB = new WebSession(port(b));
            WebSession onA;
            try (ConfigurableApplicationContext a = start(database, false)) {
                onA = onB.on(port(a));
                assertThat(onA.login("analyst", "Demo-City-2026")).doesNotContain("error");
                assertThat(onA.get("/monitor/ranking").statusCode()).isEqualTo(200);
                // the next request reaches B: the same user, no new login
                var ranking = onB.get("/monitor/ranking");
                assertThat(ranking.statusCode()).isEqualTo(200);
                assertThat(ranking.body()).contains("县区规上工业增加值增速大排队");
                // the period chosen on B is the session's on A too
                assertThat(onB.get("/monitor/ranking?period=2026-09").statusCode())
                        .isEqualTo(200);
                assertThat(onA.get("/monitor/ranking").body()).containsPattern("value=\"2026-09\"\\s+selected");

                // a target changed on A shows on B's ranking within 2 s (the shared data version, V90)
                assertThat(target(onB)).isNotEqualTo("9.7");
                var saved = onA.postForm(
                        "/targets",
                        java.util.Map.of(
                                "year", "2026",
                                "region", "130102",
                                "value", "9.7",
                                "confirmed", "true",
                                "_csrf", onA.csrfToken("/targets")));
                assertThat(saved.statusCode()).isEqualTo(302);
                long changed = System.nanoTime();
                while (!target(onB).equals("9.7") && System.nanoTime() - changed < 2_000_000_000L) {
                    sleep(20);
                }
                double seconds = (System.nanoTime() - changed) / 1e9;
                System.out.printf("B showed A's new target after %.2f s%n", seconds);
                assertThat(target(onB)).as("B's ranking 2 s after A's change").isEqualTo("9.7");

                // the error copy of an import refused on A downloads from B (V91)
                var refused = onA.postMultipart(
                        "/imports",
                        java.util.Map.of("kind", "targets", "_csrf", onA.csrfToken("/imports?kind=targets")),
                        "file",
                        "targets.csv",
                        "年份*,地区代码*\n2026,999999\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
                var copy = java.util.regex.Pattern.compile("/imports/errors/([0-9a-f-]{36})")
                        .matcher(refused.body());
                assertThat(copy.find()).as(refused.body()).isTrue();
                var download = onB.getBytes("/imports/errors/" + copy.group(1));
                assertThat(download.statusCode()).isEqualTo(200);
                assertThat(download.body()).isNotEmpty();
            }
            // A stopped and started again: the session lives in the database
            try (ConfigurableApplicationContext a = start(database, false)) {
                WebSession again = onB.on(port(a));
                assertThat(again.get("/monitor/ranking").statusCode()).isEqualTo(200);
                // signing out on A ends the session on B as well
                again.postForm("/logout", java.util.Map.of("_csrf", again.metaCsrf("/monitor/ranking")));
                var afterLogout = onB.get("/monitor/ranking");
                assertThat(afterLogout.statusCode()).isEqualTo(302);
                assertThat(WebSession.location(afterLogout)).endsWith("/login");
            }
        }
    }

    /** Publications of the registry whose listener has not completed. */
    private static long outstanding(ConfigurableApplicationContext context) {
        return context.getBean(org.springframework.jdbc.core.simple.JdbcClient.class)
                .sql("SELECT COUNT(*) FROM event_publication WHERE completion_date IS NULL")
                .query(Long.class)
                .single();
    }

    @Test
    void anEventWhoseListenerDidNotCompleteIsRepublishedOnStart() {
        List<String> database = new ArrayList<>(database());
        List<String> keepingCompleted = new ArrayList<>(database);
        // A keeps completed publications, so that one can be turned back into one a crash interrupted
        keepingCompleted.add("--spring.modulith.events.completion-mode=update");
        try (ConfigurableApplicationContext a = start(keepingCompleted, true)) {
            org.awaitility.Awaitility.await()
                    .atMost(java.time.Duration.ofSeconds(60))
                    .until(() -> outstanding(a) == 0);
            var jdbc = a.getBean(org.springframework.jdbc.core.simple.JdbcClient.class);
            // the process died while the monitor recomputed after the demo city's data arrived
            int interrupted = jdbc.sql("UPDATE event_publication SET completion_date = NULL, status = 'PROCESSING'"
                            + " WHERE listener_id LIKE '%MonitorService.recomputeOn(%StatDataChanged)'")
                    .update();
            assertThat(interrupted).isPositive();
        }
        try (ConfigurableApplicationContext b = start(database, false)) {
            long started = System.nanoTime();
            org.awaitility.Awaitility.await()
                    .atMost(java.time.Duration.ofSeconds(60))
                    .until(() -> outstanding(b) == 0);
            System.out.printf(
                    "The interrupted publication completed %.2f s after the restart%n",
                    (System.nanoTime() - started) / 1e9);
        }
    }

    @Test
    void aScheduledJobRunsOnOneInstanceAtATime() {
        List<String> database = database();
        try (ConfigurableApplicationContext a = start(database, true);
                ConfigurableApplicationContext b = start(database, false)) {
            var jdbc = b.getBean(org.springframework.jdbc.core.simple.JdbcClient.class);
            var archived = (java.util.function.LongSupplier) () -> jdbc.sql("SELECT COUNT(*) FROM report_archive")
                    .query(Long.class)
                    .single();
            assertThat(archived.getAsLong()).isZero();
            var reports = b.getBean(io.industrypulse.report.ReportService.class);
            // A is in the middle of the report refresh: it holds the job's lock in the shared database
            var lock = a.getBean(net.javacrumbs.shedlock.core.LockProvider.class)
                    .lock(new net.javacrumbs.shedlock.core.LockConfiguration(
                            java.time.Instant.now(),
                            "report-refresh",
                            java.time.Duration.ofMinutes(5),
                            java.time.Duration.ZERO))
                    .orElseThrow();
            try {
                // B's scheduler fires meanwhile: the run is skipped, nothing is written twice
                reports.refresh();
                assertThat(archived.getAsLong()).isZero();
            } finally {
                lock.unlock();
            }
            // A is done: B's next tick runs, and writes the latest period's documents of the city
            reports.refresh();
            assertThat(archived.getAsLong()).isPositive();
        }
    }
}
