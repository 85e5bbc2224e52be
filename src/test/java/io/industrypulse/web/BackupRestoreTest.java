package io.industrypulse.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.industrypulse.Application;
import io.industrypulse.monitor.MonitorService;
import io.industrypulse.support.PostgresDatabase;
import io.industrypulse.support.PostgresTest;
import io.industrypulse.support.WebSession;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Backup and restore as docs/operations.md tells the operator (issue 17, item 7): a dump of a loaded database with
 * {@code pg_dump -Fc}, restored with {@code pg_restore} into a fresh database, serves the same growth figures.
 */
@PostgresTest
class BackupRestoreTest {

    private static final String[] QUERIES = {
        "/api/v1/growth?period=2026-10", "/api/v1/growth?period=2026-06&group=division", "/api/v1/targets?year=2026"
    };

    private static ConfigurableApplicationContext start(String url, boolean loadDemo) {
        return new SpringApplicationBuilder(Application.class)
                .run(
                        "--spring.datasource.url=" + url,
                        "--spring.datasource.username=" + PostgresDatabase.user(),
                        "--spring.datasource.password=" + PostgresDatabase.password(),
                        "--spring.datasource.hikari.maximum-pool-size=5",
                        "--server.port=0",
                        "--industrypulse.demo.enabled=" + loadDemo);
    }

    private static List<String> answers(ConfigurableApplicationContext context) {
        Awaitility.await().atMost(Duration.ofSeconds(60)).until(context.getBean(MonitorService.class)::ready);
        int port = ((WebServerApplicationContext) context).getWebServer().getPort();
        WebSession api = new WebSession(port);
        List<String> answers = new ArrayList<>();
        for (String query : QUERIES) {
            var answer = api.getBasic(query, "analyst", "Demo-City-2026");
            assertThat(answer.statusCode()).as(query + ": " + answer.body()).isEqualTo(200);
            answers.add(answer.body());
        }
        return answers;
    }

    /** Runs a PostgreSQL client program against the test server; fails on a non-zero exit or after two minutes. */
    private static void run(String... command) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("PGPASSWORD", PostgresDatabase.password());
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes());
        assertThat(process.waitFor(2, TimeUnit.MINUTES))
                .as(String.join(" ", command))
                .isTrue();
        assertThat(process.exitValue())
                .as(String.join(" ", command) + "\n" + output)
                .isZero();
    }

    /** host, port and database of a jdbc:postgresql URL. */
    private static URI server(String url) {
        return URI.create(url.substring("jdbc:".length()));
    }

    @Test
    void aDumpRestoredIntoAFreshDatabaseAnswersTheSame() throws Exception {
        String loaded = PostgresDatabase.newDatabaseUrl();
        String restored = PostgresDatabase.newDatabaseUrl();
        Path dump = Files.createTempFile("industrypulse", ".dump");
        try {
            List<String> before;
            try (ConfigurableApplicationContext original = start(loaded, true)) {
                before = answers(original);
                // while the application runs, as the nightly backup does
                URI from = server(loaded);
                run(
                        "pg_dump",
                        "-Fc",
                        "-h",
                        from.getHost(),
                        "-p",
                        String.valueOf(from.getPort()),
                        "-U",
                        PostgresDatabase.user(),
                        "-d",
                        from.getPath().substring(1),
                        "-f",
                        dump.toString());
            }
            assertThat(Files.size(dump)).isPositive();
            URI to = server(restored);
            run(
                    "pg_restore",
                    "--no-owner",
                    "--exit-on-error",
                    "-h",
                    to.getHost(),
                    "-p",
                    String.valueOf(to.getPort()),
                    "-U",
                    PostgresDatabase.user(),
                    "-d",
                    to.getPath().substring(1),
                    dump.toString());
            // no demo loading on the copy: everything it answers comes from the dump
            try (ConfigurableApplicationContext copy = start(restored, false)) {
                assertThat(answers(copy)).isEqualTo(before);
            }
        } finally {
            Files.deleteIfExists(dump);
        }
    }
}
