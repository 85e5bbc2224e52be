package io.industrypulse.cultivation;

import static org.assertj.core.api.Assertions.assertThat;

import io.industrypulse.support.WebSession;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * After the year's last annual batch has closed (28 December 2026, the demo's second batch closed on the 20th), every
 * county behind its 小升规 task is warned with its net increase against the task, and no other county is.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "industrypulse.test.context=net-increase-warning")
@Import(NetIncreaseWarningTest.AfterTheLastBatch.class)
abstract class NetIncreaseWarningTest {

    @TestConfiguration(proxyBeanMethods = false)
    static class AfterTheLastBatch {

        @Bean
        @Primary
        Clock afterTheLastBatch() {
            return Clock.fixed(Instant.parse("2026-12-28T02:00:00Z"), ZoneOffset.UTC);
        }
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Test
    void countiesBehindTheirTaskAreWarnedOnceTheBatchesHaveClosed() throws IOException {
        WebSession analyst = new WebSession(port);
        analyst.login("analyst", "Demo-City-2026");
        Map<String, int[]> behind = new HashMap<>();
        for (JsonNode n : JSON.readTree(
                analyst.get("/api/v1/cultivation/net-increase?year=2026").body())) {
            if (!n.get("gap").isNull()
                    && n.get("gap").asInt() > 0
                    && !n.get("region_code").asString().endsWith("00")) {
                behind.put(
                        n.get("region_code").asString(),
                        new int[] {n.get("net").asInt(), n.get("target").asInt()});
            }
        }
        assertThat(behind).isNotEmpty();
        JsonNode warnings =
                JSON.readTree(analyst.get("/api/v1/warnings?period=2026-10").body());
        Map<String, int[]> warned = new HashMap<>();
        for (JsonNode w : warnings.has("items") ? warnings.get("items") : warnings) {
            if (w.get("rule").asString().equals("NET_INCREASE")) {
                warned.put(
                        w.get("region_code").asString(),
                        new int[] {w.get("value").asInt(), w.get("threshold").asInt()});
            }
        }
        assertThat(warned.keySet()).isEqualTo(behind.keySet());
        behind.forEach((county, figures) -> assertThat(warned.get(county)).containsExactly(figures));
    }
}
