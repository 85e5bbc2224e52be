package io.industrypulse.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.industrypulse.account.Role;
import io.industrypulse.account.UserScope;
import io.industrypulse.ingest.TableImportService;
import io.industrypulse.monitor.MonitorService;
import io.industrypulse.support.WebSession;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Metrics for Prometheus (issue 17, item 6): {@code /actuator/prometheus} answers the administrator only, and carries
 * what the operators watch: the snapshot's compute time, warnings by rule, imports by kind and outcome, failed logins
 * and the latency histogram of pages and API.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class MetricsTest {

    private static final String ADMIN_PASSWORD = "Pulse-Admin-2026";

    @LocalServerPort
    int port;

    @Autowired
    MonitorService monitor;

    @Autowired
    TableImportService tables;

    /** The value of the first sample whose line starts with {@code series}, or -1 when there is none. */
    private static double sample(String exposition, String series) {
        Matcher m = Pattern.compile("(?m)^" + Pattern.quote(series) + "(\\{[^}]*})? ([0-9.eE+-]+)$")
                .matcher(exposition);
        return m.find() ? Double.parseDouble(m.group(2)) : -1;
    }

    private static double labelled(String exposition, String series, String labels) {
        Matcher m = Pattern.compile("(?m)^" + Pattern.quote(series) + "\\{([^}]*)} ([0-9.eE+-]+)$")
                .matcher(exposition);
        while (m.find()) {
            if (m.group(1).contains(labels)) {
                return Double.parseDouble(m.group(2));
            }
        }
        return -1;
    }

    @Test
    void onlyTheAdministratorReadsTheMetrics() {
        WebSession anonymous = new WebSession(port);
        assertThat(anonymous.get("/actuator/prometheus").statusCode()).isEqualTo(401);
        assertThat(anonymous
                        .getBasic("/actuator/prometheus", "analyst", "Demo-City-2026")
                        .statusCode())
                .isEqualTo(403);
        // nothing else of the actuator is open, even to the administrator
        assertThat(anonymous.getBasic("/actuator/env", "admin", ADMIN_PASSWORD).statusCode())
                .isIn(403, 404);
        assertThat(anonymous.get("/actuator/health/liveness").statusCode()).isEqualTo(200);
    }

    @Test
    void theMetricsCountWhatHappened() throws Exception {
        Awaitility.await().atMost(Duration.ofSeconds(60)).until(monitor::ready);
        WebSession session = new WebSession(port);
        String before = session.getBasic("/actuator/prometheus", "admin", ADMIN_PASSWORD)
                .body();
        double failuresBefore =
                Math.max(0, labelled(before, "industrypulse_login_failures_total", "reason=\"bad_credentials\""));

        // a wrong password, a page, an API call and a refused import
        assertThat(new WebSession(port)
                        .getBasic("/api/v1/growth?period=2026-10", "analyst", "wrong")
                        .statusCode())
                .isEqualTo(401);
        assertThat(session.getBasic("/api/v1/growth?period=2026-10", "analyst", "Demo-City-2026")
                        .statusCode())
                .isEqualTo(200);
        Path file = Files.createTempFile("metrics", ".csv");
        try {
            Files.writeString(file, "年份*,地区代码*\n2026,999999\n", StandardCharsets.UTF_8);
            var refused = tables.importFile(
                    "targets", file, "targets.csv", new UserScope("admin", Role.CITY_ADMIN, "130100"));
            assertThat(refused.accepted()).isFalse();
        } finally {
            Files.delete(file);
        }

        var answer = session.getBasic("/actuator/prometheus", "admin", ADMIN_PASSWORD);
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.headers().firstValue("Content-Type").orElse("")).startsWith("text/plain");
        String metrics = answer.body();
        assertThat(sample(metrics, "industrypulse_snapshot_compute_seconds_count"))
                .isGreaterThanOrEqualTo(1);
        assertThat(labelled(metrics, "industrypulse_login_failures_total", "reason=\"bad_credentials\""))
                .isEqualTo(failuresBefore + 1);
        assertThat(labelled(metrics, "industrypulse_import_seconds_count", "outcome=\"refused\""))
                .isEqualTo(1);
        assertThat(labelled(metrics, "industrypulse_import_rows_count", "kind=\"targets\""))
                .isEqualTo(1);
        // the warnings of the latest month, by rule: one series per rule, the demo city has some
        assertThat(metrics).contains("industrypulse_warnings{rule=\"NEGATIVE_PULL\"}");
        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> {
            String now = session.getBasic("/actuator/prometheus", "admin", ADMIN_PASSWORD)
                    .body();
            return Pattern.compile("(?m)^industrypulse_warnings\\{[^}]*} [1-9]")
                    .matcher(now)
                    .find();
        });
        // latency histograms of the API
        assertThat(metrics).containsPattern("http_server_requests_seconds_bucket\\{[^}]*uri=\"/api/v1/growth\"");
    }
}
