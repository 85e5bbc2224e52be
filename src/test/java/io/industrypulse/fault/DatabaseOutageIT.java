package io.industrypulse.fault;

import static org.assertj.core.api.Assertions.assertThat;

import io.industrypulse.Application;
import io.industrypulse.monitor.MonitorService;
import io.industrypulse.support.PostgresDatabase;
import io.industrypulse.support.WebSession;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * PostgreSQL stopped for 20 s while the application serves (issue 17, item 8): every request in the outage fails
 * within a few seconds (the pool's 3 s connection timeout, not a hang) with the application's own 503 page in Chinese
 * (problem details on the API), and the application serves again, without a restart, soon after the database is back.
 */
class DatabaseOutageIT {

    private static final String PASSWORD = "Demo-City-2026";
    private static final long OUTAGE_MILLIS = 20_000;

    @BeforeAll
    static void serverUnderControl() {
        String why = PostgresServer.unavailable();
        if (why == null && !PostgresDatabase.available()) {
            why = PostgresDatabase.unavailableReason();
        }
        PostgresServer.skipUnless(why);
    }

    /** One request in the outage: what came back and how long it took. */
    private record Outcome(String what, int status, long millis, String body) {}

    @Test
    void requestsDuringAnOutageFailFastWithThe503PageAndTheApplicationRecovers() {
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(Application.class)
                .run(
                        "--spring.datasource.url=" + PostgresDatabase.newDatabaseUrl(),
                        "--spring.datasource.username=" + PostgresDatabase.user(),
                        "--spring.datasource.password=" + PostgresDatabase.password(),
                        "--spring.datasource.hikari.maximum-pool-size=5",
                        "--server.port=0")) {
            Awaitility.await().atMost(Duration.ofSeconds(60)).until(app.getBean(MonitorService.class)::ready);
            int port = ((WebServerApplicationContext) app).getWebServer().getPort();
            WebSession page = new WebSession(port);
            page.login("analyst", PASSWORD);
            assertThat(page.get("/monitor/ranking").statusCode()).isEqualTo(200);
            WebSession api = new WebSession(port);
            String growth = "/api/v1/growth?period=2026-10";
            assertThat(api.getBasic(growth, "analyst", PASSWORD).statusCode()).isEqualTo(200);

            List<Outcome> outage = new ArrayList<>();
            long back;
            PostgresServer.stop();
            try {
                long stopped = System.nanoTime();
                while (System.nanoTime() - stopped < OUTAGE_MILLIS * 1_000_000) {
                    outage.add(time("ranking page", () -> page.get("/monitor/ranking")));
                    outage.add(time("growth API", () -> api.getBasic(growth, "analyst", PASSWORD)));
                    PostgresServer.sleep(500);
                }
            } finally {
                PostgresServer.start();
                back = System.nanoTime();
            }
            // serving again, with the same session, without a restart
            HttpResponse<String> again = null;
            while (System.nanoTime() - back < 60_000_000_000L) {
                again = page.get("/monitor/ranking");
                if (again.statusCode() == 200) {
                    break;
                }
                PostgresServer.sleep(200);
            }
            double recovery = (System.nanoTime() - back) / 1e9;
            long failed = outage.stream().filter(o -> o.status() == 503).count();
            long slowest = outage.stream().mapToLong(Outcome::millis).max().orElse(0);
            System.out.printf(
                    "PostgreSQL stopped for %d s: %d requests, %d answered 503, slowest %d ms; serving again %.2f s"
                            + " after PostgreSQL was back%n",
                    OUTAGE_MILLIS / 1000, outage.size(), failed, slowest, recovery);

            assertThat(outage).hasSizeGreaterThanOrEqualTo(6);
            for (Outcome o : outage) {
                assertThat(o.status())
                        .as(o.what() + " in the outage: " + o.body())
                        .isEqualTo(503);
                assertThat(o.millis()).as(o.what() + " took").isLessThan(6_000);
                if (o.what().equals("ranking page")) {
                    assertThat(o.body()).contains("数据库暂时无法连接");
                } else {
                    assertThat(o.body()).contains("\"status\":503");
                }
            }
            assertThat(again.statusCode())
                    .as("the ranking page after the outage")
                    .isEqualTo(200);
            assertThat(recovery).as("seconds to serve again").isLessThan(30);
            assertThat(api.getBasic(growth, "analyst", PASSWORD).statusCode()).isEqualTo(200);
        }
    }

    private static Outcome time(String what, java.util.function.Supplier<HttpResponse<String>> request) {
        long start = System.nanoTime();
        HttpResponse<String> response = request.get();
        return new Outcome(what, response.statusCode(), (System.nanoTime() - start) / 1_000_000, response.body());
    }
}
