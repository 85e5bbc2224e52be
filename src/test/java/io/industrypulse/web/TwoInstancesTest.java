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
 * working when the next request reaches B, and after A restarts; signing out on one signs out on both.
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
}
