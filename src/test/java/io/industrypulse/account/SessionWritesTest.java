package io.industrypulse.account;

import static org.assertj.core.api.Assertions.assertThat;

import io.industrypulse.support.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Sessions are written back to the database only when something in them changed, or when their stored last access
 * is a minute old (issue 18, {@link MinuteSessionRepository}): reading pages does not write, choosing a period does
 * and the next page sees it, and a stale last access is moved forward so the session does not expire under a user.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
abstract class SessionWritesTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    private long lastAccess(String sessionId) {
        return jdbc.queryForObject(
                "SELECT last_access_time FROM spring_session WHERE session_id = ?", Long.class, sessionId);
    }

    @Test
    void readingPagesDoesNotWriteTheSessionBackWithinAMinute() {
        WebSession analyst = new WebSession(port);
        analyst.login("analyst", "Demo-City-2026");
        String id = analyst.sessionId();
        long signedIn = lastAccess(id);

        assertThat(analyst.get("/monitor/ranking").statusCode()).isEqualTo(200);
        assertThat(analyst.get("/api/v1/growth?period=2026-10&group=county").statusCode())
                .isEqualTo(200);
        assertThat(lastAccess(id)).isEqualTo(signedIn);
    }

    @Test
    void aChangedAttributeIsWrittenAtOnceAndTheNextPageSeesIt() {
        WebSession analyst = new WebSession(port);
        analyst.login("analyst", "Demo-City-2026");
        int attributes = jdbc.queryForObject(
                "SELECT COUNT(*) FROM spring_session_attributes a JOIN spring_session s"
                        + " ON a.session_primary_id = s.primary_id WHERE s.session_id = ?",
                Integer.class,
                analyst.sessionId());

        assertThat(analyst.get("/period?value=2026-08&back=/monitor/ranking").statusCode())
                .isEqualTo(302);
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM spring_session_attributes a JOIN spring_session s"
                                + " ON a.session_primary_id = s.primary_id WHERE s.session_id = ?",
                        Integer.class,
                        analyst.sessionId()))
                .isEqualTo(attributes + 1);
        assertThat(analyst.get("/monitor/ranking").body()).contains("（2026年1-8月）");
    }

    @Test
    void aLastAccessAMinuteOldIsMovedForwardAndTheExpiryWithIt() {
        WebSession analyst = new WebSession(port);
        analyst.login("analyst", "Demo-City-2026");
        String id = analyst.sessionId();
        // as if the last request that wrote it came 61 s ago
        jdbc.update(
                "UPDATE spring_session SET last_access_time = last_access_time - 61000,"
                        + " expiry_time = expiry_time - 61000 WHERE session_id = ?",
                id);
        long before = System.currentTimeMillis();
        long stale = lastAccess(id);

        assertThat(analyst.get("/monitor/ranking").statusCode()).isEqualTo(200);
        long moved = lastAccess(id);
        assertThat(moved).isGreaterThanOrEqualTo(before).isGreaterThan(stale + 60_000);
        long expiry =
                jdbc.queryForObject("SELECT expiry_time FROM spring_session WHERE session_id = ?", Long.class, id);
        assertThat(expiry - moved).isEqualTo(30 * 60 * 1000L);
    }
}
