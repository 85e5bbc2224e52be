package io.industrypulse.account;

import static org.assertj.core.api.Assertions.assertThat;

import io.industrypulse.support.WebSession;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Personal API tokens (issue 17, item 5), over real HTTP: made on the account page and shown once, kept only as a
 * SHA-256, sent as {@code Authorization: Bearer}, acting in the user's role and scope (or read-only), refused once
 * revoked or when the user is disabled.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
abstract class ApiTokenTest {

    private static final String PASSWORD = "Demo-City-2026";
    private static final Pattern TOKEN = Pattern.compile("ipt_[A-Za-z0-9_-]{43}");

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    private Map<String, String> bearer(String token) {
        return Map.of("Authorization", "Bearer " + token, "Accept", "application/json");
    }

    /** Makes a token on the account page of a signed-in user and returns it as the page showed it. */
    private String make(WebSession page, String name, boolean readOnly) {
        var made = page.postForm(
                "/account/tokens",
                readOnly
                        ? Map.of("name", name, "readOnly", "true", "_csrf", page.csrfToken("/account"))
                        : Map.of("name", name, "_csrf", page.csrfToken("/account")));
        assertThat(made.statusCode()).as(made.body()).isEqualTo(200);
        assertThat(made.headers().firstValue("Cache-Control").orElse("")).contains("no-store");
        Matcher token = TOKEN.matcher(made.body());
        assertThat(token.find()).as(made.body()).isTrue();
        return token.group();
    }

    private static String sha256(String text) throws Exception {
        return HexFormat.of()
                .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void aTokenActsAsItsUserInItsScopeAndIsShownOnlyOnce() throws Exception {
        WebSession page = new WebSession(port);
        page.login("county130102", PASSWORD);
        assertThat(page.get("/account").body()).contains("我的账户").contains("还没有令牌");
        String token = make(page, "统计局脚本", false);

        // shown once: the list names it by its first characters only, and the database keeps only its hash
        String list = page.get("/account").body();
        assertThat(list).contains("统计局脚本").contains(token.substring(0, 10)).doesNotContain(token);
        List<Map<String, Object>> rows = jdbc.sql("SELECT * FROM api_token WHERE username = 'county130102'")
                .query()
                .listOfRows();
        assertThat(rows).hasSize(1);
        assertThat(rows.get(0).get("token_hash").toString().trim()).isEqualTo(sha256(token));
        assertThat(rows.get(0).values())
                .noneMatch(v -> v != null && v.toString().contains(token));

        // the same answers as the user's own password gives, without a session
        WebSession program = new WebSession(port);
        String growth = "/api/v1/growth?period=2026-10";
        var withToken = program.get(growth, bearer(token));
        assertThat(withToken.statusCode()).isEqualTo(200);
        assertThat(withToken.body())
                .isEqualTo(new WebSession(port)
                        .getBasic(growth, "county130102", PASSWORD)
                        .body());
        assertThat(withToken.headers().firstValue("Set-Cookie")).isEmpty();
        assertThat(program.get("/api/v1/me", bearer(token)).body()).contains("county130102");
        // its user's scope: its own county's plan, not another county's
        assertThat(program.get("/api/v1/plan?region=130102&year=2026", bearer(token))
                        .statusCode())
                .isEqualTo(200);
        assertThat(program.get("/api/v1/plan?region=130103&year=2026", bearer(token))
                        .statusCode())
                .isEqualTo(404);
        // pages are not for tokens: the API only
        var pageWithToken = program.get("/monitor/ranking", Map.of("Authorization", "Bearer " + token));
        assertThat(pageWithToken.statusCode()).isEqualTo(302);
        assertThat(jdbc.sql("SELECT last_used_at FROM api_token WHERE username = 'county130102'")
                        .query()
                        .singleValue())
                .isNotNull();
    }

    @Test
    void aReadOnlyTokenReadsButDoesNotWrite() {
        WebSession page = new WebSession(port);
        page.login("county130104", PASSWORD);
        String readOnly = make(page, "只读脚本", true);
        String readWrite = make(page, "读写脚本", false);
        WebSession program = new WebSession(port);
        String forecast = "{\"county\":\"130104\",\"period\":\"2026-11\",\"expected_growth\":999}";

        assertThat(program.get("/api/v1/me", bearer(readOnly)).statusCode()).isEqualTo(200);
        var refused = program.postJson("/api/v1/forecasts", forecast, bearer(readOnly));
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(refused.body()).contains("只读令牌不能修改数据");
        assertThat(refused.headers().firstValue("WWW-Authenticate").orElse("")).contains("insufficient_scope");
        // the read-write token reaches the service, which refuses the growth as out of range (nothing stored)
        assertThat(program.postJson("/api/v1/forecasts", forecast, bearer(readWrite))
                        .statusCode())
                .isEqualTo(400);
    }

    @Test
    void aRevokedTokenOrADisabledUsersTokenIsRefused() {
        WebSession page = new WebSession(port);
        page.login("leader", PASSWORD);
        String token = make(page, "领导看板", true);
        WebSession program = new WebSession(port);
        assertThat(program.get("/api/v1/me", bearer(token)).statusCode()).isEqualTo(200);

        String list = page.get("/account").body();
        Matcher id = Pattern.compile("id=\"token-(\\d+)\"").matcher(list);
        assertThat(id.find()).isTrue();
        var revoked = page.postForm(
                "/account/tokens/" + id.group(1) + "/revoke", Map.of("_csrf", page.csrfToken("/account")));
        assertThat(revoked.statusCode()).isEqualTo(302);
        assertThat(page.get("/account").body()).contains("已于").contains("撤销");
        var refused = program.get("/api/v1/me", bearer(token));
        assertThat(refused.statusCode()).isEqualTo(401);
        assertThat(refused.body()).contains("API 令牌无效、已撤销，或其用户已停用");
        assertThat(refused.headers().firstValue("WWW-Authenticate").orElse("")).contains("invalid_token");
        // a made-up token, and another user's token id, are refused alike
        assertThat(program.get("/api/v1/me", bearer("ipt_" + "A".repeat(43))).statusCode())
                .isEqualTo(401);
        WebSession other = new WebSession(port);
        other.login("analyst", PASSWORD);
        assertThat(other.postForm(
                                "/account/tokens/" + id.group(1) + "/revoke",
                                Map.of("_csrf", other.csrfToken("/account")))
                        .statusCode())
                .isEqualTo(404);

        // a user the administrator disables: their tokens stop working at once, and work again once enabled
        String analysts = make(other, "分析脚本", true);
        assertThat(program.get("/api/v1/me", bearer(analysts)).statusCode()).isEqualTo(200);
        WebSession admin = new WebSession(port);
        admin.login(AdminBootstrap.ADMIN, "Pulse-Admin-2026");
        String adminToken = admin.csrfToken("/admin/users");
        assertThat(admin.postForm("/admin/users/analyst/enabled", Map.of("_csrf", adminToken, "enabled", "false"))
                        .statusCode())
                .isEqualTo(302);
        try {
            assertThat(program.get("/api/v1/me", bearer(analysts)).statusCode()).isEqualTo(401);
        } finally {
            assertThat(admin.postForm("/admin/users/analyst/enabled", Map.of("_csrf", adminToken, "enabled", "true"))
                            .statusCode())
                    .isEqualTo(302);
        }
        assertThat(program.get("/api/v1/me", bearer(analysts)).statusCode()).isEqualTo(200);
    }

    @Test
    void aTokenNeedsAName() {
        WebSession page = new WebSession(port);
        page.login("county130103", PASSWORD);
        var refused = page.postForm("/account/tokens", Map.of("name", "  ", "_csrf", page.csrfToken("/account")));
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("令牌名称");
        assertThat(TOKEN.matcher(refused.body()).find()).isFalse();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM api_token WHERE username = 'county130103'")
                        .query(Long.class)
                        .single())
                .isZero();
    }
}
