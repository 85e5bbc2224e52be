package io.industrypulse.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.industrypulse.monitor.MonitorService;
import io.industrypulse.support.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The load balancer's probes (issue 17, item 6), without login: the instance is live, and its readiness is made of
 * the application's readiness state, the database and the growth snapshot, each shown with its status.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class HealthProbesTest {

    @LocalServerPort
    int port;

    @Autowired
    MonitorService monitor;

    @Test
    void readinessWaitsForTheDatabaseAndTheFirstSnapshot() throws InterruptedException {
        WebSession probe = new WebSession(port);
        var live = probe.get("/actuator/health/liveness");
        assertThat(live.statusCode()).isEqualTo(200);
        assertThat(live.body()).contains("\"UP\"");
        // the demo city's snapshot is computed in the background after start
        long until = System.currentTimeMillis() + 30_000;
        while (!monitor.ready() && System.currentTimeMillis() < until) {
            Thread.sleep(50);
        }
        assertThat(monitor.ready()).isTrue();
        var ready = probe.get("/actuator/health/readiness");
        assertThat(ready.statusCode()).as(ready.body()).isEqualTo(200);
        assertThat(ready.body().replace(" ", ""))
                .contains("\"snapshot\":{\"status\":\"UP\"}")
                .contains("\"db\":{\"status\":\"UP\"}")
                .contains("\"readinessState\":{\"status\":\"UP\"}");
    }
}
