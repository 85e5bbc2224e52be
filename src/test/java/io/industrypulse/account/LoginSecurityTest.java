package io.industrypulse.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.industrypulse.support.WebSession;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Login, lockout, CSRF and HTTP Basic over real HTTP. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
abstract class LoginSecurityTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Value("${server.servlet.session.timeout}")
    Duration sessionTimeout;

    @Test
    void loginWithRightPasswordOpensThePagesAndWrongOneIsRefused() {
        WebSession session = new WebSession(port);
        assertThat(session.login("leader", "wrong-password")).endsWith("/login?error");
        assertThat(session.get("/enterprises").statusCode()).isEqualTo(302);
        assertThat(session.login("leader", "Demo@2026")).doesNotContain("error");
        var page = session.get("/enterprises");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("企业名录").contains("领导");
    }

    @Test
    void fiveFailedLoginsLockTheAccountForFifteenMinutes() {
        String user = "county130104";
        WebSession session = new WebSession(port);
        for (int i = 0; i < 5; i++) {
            assertThat(session.login(user, "wrong-" + i)).endsWith("/login?error");
        }
        Instant lockedUntil = jdbc.sql("SELECT locked_until FROM app_user WHERE username = :u")
                .param("u", user)
                .query(OffsetDateTime.class)
                .single()
                .toInstant();
        assertThat(lockedUntil).isCloseTo(Instant.now().plus(Duration.ofMinutes(15)), within(Duration.ofMinutes(1)));
        // the right password does not help while locked, on the form and over HTTP Basic
        assertThat(session.login(user, "Demo@2026")).endsWith("/login?locked");
        assertThat(session.get("/login?locked").body()).contains("账户已锁定");
        assertThat(new WebSession(port)
                        .getBasic("/api/v1/enterprises", user, "Demo@2026")
                        .statusCode())
                .isEqualTo(401);
        // fifteen minutes later the lock has expired
        jdbc.sql("UPDATE app_user SET locked_until = :past WHERE username = :u")
                .param("past", OffsetDateTime.now().minusSeconds(1))
                .param("u", user)
                .update();
        assertThat(new WebSession(port).login(user, "Demo@2026"))
                .doesNotContain("error")
                .doesNotContain("locked");
        assertThat(jdbc.sql("SELECT failed_logins FROM app_user WHERE username = :u")
                        .param("u", user)
                        .query(Integer.class)
                        .single())
                .isZero();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_log WHERE action = 'user.lock' AND entity_key = :u")
                        .param("u", user)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void formPostWithoutCsrfTokenIsRefusedAndWithTokenOrHtmxHeaderAccepted() {
        WebSession session = new WebSession(port);
        session.login("admin", "Admin@2026");
        assertThat(session.postForm("/logout", Map.of()).statusCode()).isEqualTo(403);
        String token = session.csrfToken("/enterprises/new");
        // htmx sends the token as a header (static/js/app.js)
        var withHeader = session.postForm("/logout", Map.of(), Map.of("X-CSRF-TOKEN", token));
        assertThat(withHeader.statusCode()).isEqualTo(302);
        assertThat(withHeader.headers().firstValue("Location").orElse("")).endsWith("/login?logout");
    }

    @Test
    void apiTakesHttpBasicAndAnswers401WithoutIt() {
        WebSession session = new WebSession(port);
        var anonymous = session.get("/api/v1/enterprises");
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(anonymous.body()).contains("需要登录");
        assertThat(session.getBasic("/api/v1/enterprises", "analyst", "Demo@2026")
                        .statusCode())
                .isEqualTo(200);
        assertThat(session.getBasic("/api/v1/enterprises", "analyst", "wrong").statusCode())
                .isEqualTo(401);
    }

    @Test
    void onlyTheAdministratorSeesTheAuditLog() {
        WebSession analyst = new WebSession(port);
        analyst.login("analyst", "Demo@2026");
        var refused = analyst.get("/admin/audit");
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.body()).contains("您没有权限");

        WebSession admin = new WebSession(port);
        admin.login("admin", "Admin@2026");
        var audit = admin.get("/admin/audit?type=user");
        assertThat(audit.statusCode()).isEqualTo(200);
        assertThat(audit.body()).contains("审计日志").contains("user.create").doesNotContain("$2a$");
    }

    @Test
    void sessionsTimeOutAfterThirtyMinutes() {
        assertThat(sessionTimeout).isEqualTo(Duration.ofMinutes(30));
    }
}
