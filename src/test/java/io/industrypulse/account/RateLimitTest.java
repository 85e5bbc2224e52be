package io.industrypulse.account;

import static org.assertj.core.api.Assertions.assertThat;

import io.industrypulse.support.WebSession;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

/**
 * Rate limits (issue 17, item 5) with small buckets: 3 API requests in a burst per token and then one a second, 2
 * login attempts per address and then one a minute. Over the limit: 429 with {@code Retry-After}, as a problem detail
 * on the API and as the error page on the login.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestPropertySource(
        properties = {
            "industrypulse.api.rate-limit.per-second=1",
            "industrypulse.api.rate-limit.burst=3",
            "industrypulse.login.rate-limit.per-minute=1",
            "industrypulse.login.rate-limit.burst=2"
        })
class RateLimitTest {

    @LocalServerPort
    int port;

    @Autowired
    ApiTokens tokens;

    @Test
    void eachTokenHasItsOwnBucketAndTheFourthRequestOfABurstWaits() {
        String first = tokens.create(new UserScope("analyst", Role.CITY_ANALYST, "130100"), "甲", true)
                .token();
        String second = tokens.create(new UserScope("leader", Role.LEADER, "130100"), "乙", true)
                .token();
        WebSession program = new WebSession(port);
        List<Integer> statuses = new ArrayList<>();
        java.net.http.HttpResponse<String> last = null;
        for (int i = 0; i < 4; i++) {
            last = program.get("/api/v1/me", Map.of("Authorization", "Bearer " + first, "Accept", "application/json"));
            statuses.add(last.statusCode());
        }
        // one more token may have dripped in while the four ran: at least one of the four is refused
        assertThat(statuses.subList(0, 3)).containsOnly(200);
        assertThat(last.statusCode()).isEqualTo(429);
        assertThat(Long.parseLong(last.headers().firstValue("Retry-After").orElseThrow()))
                .isBetween(1L, 2L);
        assertThat(last.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(last.body()).contains("\"status\":429").contains("请求过于频繁");
        // another token is not held up by the first one's burst
        assertThat(program.get("/api/v1/me", Map.of("Authorization", "Bearer " + second, "Accept", "application/json"))
                        .statusCode())
                .isEqualTo(200);
    }

    @Test
    void theThirdLoginFromAnAddressWithinAMinuteIsRefused() {
        WebSession browser = new WebSession(port);
        assertThat(browser.submitLogin("analyst", "wrong-1").statusCode()).isEqualTo(302);
        assertThat(browser.submitLogin("analyst", "wrong-2").statusCode()).isEqualTo(302);
        // as a browser sends it, asking for a page
        var third = browser.postForm(
                "/login",
                Map.of("username", "analyst", "password", "Demo-City-2026", "_csrf", browser.csrfToken("/login")),
                Map.of("Accept", "text/html"));
        assertThat(third.statusCode()).isEqualTo(429);
        assertThat(Long.parseLong(third.headers().firstValue("Retry-After").orElseThrow()))
                .isBetween(1L, 60L);
        assertThat(third.body()).contains("登录尝试过于频繁");
        // the login page itself still answers
        assertThat(browser.get("/login").statusCode()).isEqualTo(200);
    }
}
