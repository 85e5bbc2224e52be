package io.industrypulse.account;

import static org.assertj.core.api.Assertions.assertThat;

import io.industrypulse.support.WebSession;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.catalina.Context;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.core.env.Environment;

/** Login, lockout, CSRF, the API's 401/403 and the admin pages, over real HTTP against a running server. */
abstract class AbstractSecurityWebTest extends AccountSpringTest {

    @LocalServerPort
    int port;

    @Autowired
    WebServerApplicationContext context;

    @Autowired
    Environment environment;

    WebSession browser() {
        return new WebSession(port);
    }

    WebSession admin() {
        WebSession browser = browser();
        assertThat(WebSession.location(browser.submitLogin(AdminBootstrap.ADMIN, ADMIN_PASSWORD)))
                .doesNotContain("/login");
        return browser;
    }

    @Test
    void loginPageIsChineseAndCarriesCsrfToken() {
        HttpResponse<String> page = browser().get("/login");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("登录", "用户名", "密码");
        assertThat(WebSession.hiddenCsrf(page.body())).isNotBlank();
    }

    /** Pages and the API send a script policy without 'unsafe-inline', same-origin referrers, a SameSite cookie. */
    @Test
    void securityHeadersAndTheSessionCookie() {
        WebSession session = new WebSession(port);
        HttpResponse<String> login = session.get("/login");
        String policy = login.headers().firstValue("Content-Security-Policy").orElse("");
        assertThat(policy)
                .contains("script-src 'self'")
                .contains("object-src 'none'")
                .doesNotContain("unsafe-inline");
        assertThat(login.headers().firstValue("Referrer-Policy")).hasValue("same-origin");
        assertThat(login.headers().allValues("Set-Cookie"))
                .anySatisfy(cookie -> assertThat(cookie)
                        .startsWith("SESSION=")
                        .containsIgnoringCase("SameSite=Lax")
                        .containsIgnoringCase("HttpOnly"));
        HttpResponse<String> api = session.get("/api/v1/me", Map.of("Accept", "application/json"));
        assertThat(api.headers().firstValue("Content-Security-Policy")).hasValue(policy);
        assertThat(login.body()).doesNotContain("<script>").doesNotContain("onchange=");
    }

    @Test
    void publicPathsNeedNoLogin() {
        WebSession browser = browser();

        assertThat(browser.get("/css/app.css").statusCode()).isEqualTo(200);
        assertThat(browser.get("/js/app.js").statusCode()).isEqualTo(200);
        assertThat(browser.get("/actuator/health").statusCode()).isEqualTo(200);
        assertThat(browser.get("/webjars/htmx.org/dist/htmx.min.js").statusCode())
                .isEqualTo(200);
    }

    @Test
    void pagesRedirectToLoginAndHtmxGetsHxRedirect() {
        WebSession browser = browser();

        HttpResponse<String> page = browser.get("/admin/users");
        assertThat(page.statusCode()).isEqualTo(302);
        assertThat(WebSession.location(page)).endsWith("/login");

        HttpResponse<String> fragment = browser.get("/admin/users", Map.of("HX-Request", "true"));
        assertThat(fragment.statusCode()).isEqualTo(401);
        assertThat(fragment.headers().firstValue("HX-Redirect")).hasValue("/login");
    }

    @Test
    void loginSucceedsWithRightPasswordAndFailsWithWrongOne() {
        String name = uniqueName("login");
        countyUser(name, "County-Pass-1");

        HttpResponse<String> wrong = browser().submitLogin(name, "wrong-password");
        assertThat(wrong.statusCode()).isEqualTo(302);
        assertThat(WebSession.location(wrong)).endsWith("/login?error");
        assertThat(browser().get("/login?error").body()).contains("用户名或密码错误");

        WebSession browser = browser();
        HttpResponse<String> right = browser.submitLogin(name, "County-Pass-1");
        assertThat(right.statusCode()).isEqualTo(302);
        assertThat(WebSession.location(right)).doesNotContain("/login");
        HttpResponse<String> me = browser.get("/api/v1/me");
        assertThat(me.statusCode()).isEqualTo(200);
        assertThat(me.body()).contains("\"username\":\"" + name + "\"", "COUNTY_USER", COUNTY);
    }

    @Test
    void fiveFailuresLockForFifteenMinutes() {
        String name = uniqueName("lock");
        countyUser(name, "County-Pass-1");

        for (int i = 1; i <= 4; i++) {
            assertThat(WebSession.location(browser().submitLogin(name, "wrong-" + i)))
                    .endsWith("/login?error");
        }
        assertThat(WebSession.location(browser().submitLogin(name, "wrong-5"))).endsWith("/login?locked");
        assertThat(auditRows("user.lock", name)).isEqualTo(1);

        HttpResponse<String> stillLocked = browser().submitLogin(name, "County-Pass-1");
        assertThat(WebSession.location(stillLocked)).endsWith("/login?locked");
        assertThat(browser().get("/login?locked").body()).contains("该账户在本机已暂时锁定");

        clock.advance(LOCK.minusMinutes(1));
        assertThat(WebSession.location(browser().submitLogin(name, "County-Pass-1")))
                .endsWith("/login?locked");

        clock.advance(Duration.ofMinutes(1).plusSeconds(1));
        assertThat(WebSession.location(browser().submitLogin(name, "County-Pass-1")))
                .doesNotContain("/login");
        assertThat(auditRows("user.unlock", name)).isEqualTo(1);
        assertThat(jdbc.sql("SELECT failed_logins FROM app_user WHERE username = :u")
                        .param("u", name)
                        .query(Integer.class)
                        .single())
                .isZero();
    }

    @Test
    void successResetsTheFailureCount() {
        String name = uniqueName("reset");
        countyUser(name, "County-Pass-1");

        for (int i = 1; i <= 4; i++) {
            browser().submitLogin(name, "wrong-" + i);
        }
        browser().submitLogin(name, "County-Pass-1");
        for (int i = 1; i <= 4; i++) {
            assertThat(WebSession.location(browser().submitLogin(name, "wrong-" + i)))
                    .endsWith("/login?error");
        }
    }

    @Test
    void apiAnswers401JsonWithoutCredentialsAndAcceptsBasic() {
        WebSession browser = browser();

        HttpResponse<String> anonymous = browser.get("/api/v1/me");
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(anonymous.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(anonymous.headers().firstValue("WWW-Authenticate"))
                .hasValueSatisfying(value -> assertThat(value).startsWith("Basic"));
        assertThat(anonymous.body()).contains("\"status\":401");

        HttpResponse<String> anonymousPost = browser.postForm("/api/v1/me", Map.of());
        assertThat(anonymousPost.statusCode()).isEqualTo(401);

        HttpResponse<String> wrong = browser.get(
                "/api/v1/me", Map.of("Authorization", WebSession.basic(AdminBootstrap.ADMIN, "wrong-password")));
        assertThat(wrong.statusCode()).isEqualTo(401);

        HttpResponse<String> basic = browser.get(
                "/api/v1/me", Map.of("Authorization", WebSession.basic(AdminBootstrap.ADMIN, ADMIN_PASSWORD)));
        assertThat(basic.statusCode()).isEqualTo(200);
        assertThat(basic.body()).contains("CITY_ADMIN", CITY);
        assertThat(basic.headers().firstValue("Set-Cookie")).isEmpty();
    }

    @Test
    void basicFailuresCountTowardTheLockout() {
        String name = uniqueName("basic");
        countyUser(name, "County-Pass-1");
        WebSession browser = browser();

        for (int i = 1; i <= 5; i++) {
            assertThat(browser.get("/api/v1/me", Map.of("Authorization", WebSession.basic(name, "wrong-" + i)))
                            .statusCode())
                    .isEqualTo(401);
        }
        HttpResponse<String> locked =
                browser.get("/api/v1/me", Map.of("Authorization", WebSession.basic(name, "County-Pass-1")));
        assertThat(locked.statusCode()).isEqualTo(401);
        assertThat(locked.body()).contains("该账户在本机已暂时锁定");

        clock.advance(LOCK.plusSeconds(1));
        assertThat(browser.get("/api/v1/me", Map.of("Authorization", WebSession.basic(name, "County-Pass-1")))
                        .statusCode())
                .isEqualTo(200);
    }

    @Test
    void formPostNeedsCsrfToken() {
        WebSession admin = admin();
        String name = uniqueName("csrf");
        Map<String, String> form = new LinkedHashMap<>();
        form.put("username", name);
        form.put("displayName", "新建用户");
        form.put("role", "COUNTY_USER");
        form.put("regionCode", COUNTY);
        form.put("enterpriseCreditCode", "");
        form.put("password", "County-Pass-1");

        HttpResponse<String> refused = admin.postForm("/admin/users", form);
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(accounts.exists(name)).isFalse();

        form.put("_csrf", WebSession.hiddenCsrf(admin.get("/admin/users").body()));
        HttpResponse<String> accepted = admin.postForm("/admin/users", form);
        assertThat(accepted.statusCode()).isEqualTo(302);
        assertThat(WebSession.location(accepted)).endsWith("/admin/users");
        assertThat(admin.get("/admin/users").body()).contains("已创建用户 " + name, name);

        assertThat(auditRows("user.create", name)).isEqualTo(1);
        String after = jdbc.sql("SELECT after_json FROM audit_log WHERE action = 'user.create' AND entity_key = :k")
                .param("k", name)
                .query(String.class)
                .single();
        assertThat(after).contains(name, "COUNTY_USER").doesNotContain("bcrypt", "County-Pass-1", "password");
        HttpResponse<String> audit = admin.get("/admin/audit?entityType=user&username=admin");
        assertThat(audit.statusCode()).isEqualTo(200);
        // the action and the entity in words, the new user's fields one by one (a creation: nothing before)
        assertThat(audit.body())
                .contains("审计日志", "<td class=\"action\" data-code=\"user.create\">新建用户</td>", name)
                .contains("<td class=\"entity\" data-code=\"user\">用户</td>")
                .containsPattern("(?s)<tr class=\"changed\">\\s*<th scope=\"row\" title=\"role\">角色</th>\\s*"
                        + "<td class=\"before\">—</td>\\s*<td class=\"after\">县级用户</td>")
                .doesNotContain("<option value=\"user\">user</option>");
    }

    @Test
    void createFormShowsScopeErrorsInChinese() {
        WebSession admin = admin();
        Map<String, String> form = new LinkedHashMap<>();
        form.put("username", uniqueName("scope"));
        form.put("displayName", "错误范围");
        form.put("role", "CITY_ANALYST");
        form.put("regionCode", COUNTY);
        form.put("password", "Analyst-Pass-1");
        form.put("_csrf", WebSession.hiddenCsrf(admin.get("/admin/users").body()));

        HttpResponse<String> page = admin.postForm("/admin/users", form);

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("市级角色的区域范围须为本市 130100");
    }

    @Test
    void htmxPostWithCsrfHeaderIsAccepted() {
        String name = uniqueName("htmx");
        countyUser(name, "County-Pass-1");
        browser().submitLogin(name, "wrong-1");
        WebSession admin = admin();

        HttpResponse<String> refused =
                admin.postForm("/admin/users/" + name + "/unlock", Map.of(), Map.of("HX-Request", "true"));
        assertThat(refused.statusCode()).isEqualTo(403);

        String token = admin.metaCsrf("/admin/users");
        HttpResponse<String> accepted = admin.postForm(
                "/admin/users/" + name + "/unlock", Map.of(), Map.of("HX-Request", "true", "X-CSRF-TOKEN", token));
        assertThat(accepted.statusCode()).isEqualTo(200);
        assertThat(accepted.body()).contains("<tr id=\"user-" + name + "\"").doesNotContain("<html");
        assertThat(auditRows("user.unlock", name)).isEqualTo(1);
    }

    @Test
    void adminUnlocksAndResetsPassword() {
        String name = uniqueName("unlock");
        countyUser(name, "County-Pass-1");
        for (int i = 1; i <= 5; i++) {
            browser().submitLogin(name, "wrong-" + i);
        }
        WebSession admin = admin();
        String token = WebSession.hiddenCsrf(admin.get("/admin/users").body());

        assertThat(admin.postForm("/admin/users/" + name + "/unlock", Map.of("_csrf", token))
                        .statusCode())
                .isEqualTo(302);
        assertThat(admin.postForm(
                                "/admin/users/" + name + "/password",
                                Map.of("_csrf", token, "password", "County-Pass-2"))
                        .statusCode())
                .isEqualTo(302);

        assertThat(WebSession.location(browser().submitLogin(name, "County-Pass-2")))
                .doesNotContain("/login");
        assertThat(auditRows("user.password.reset", name)).isEqualTo(1);
        String resetJson = jdbc.sql(
                        "SELECT COALESCE(after_json, '') FROM audit_log WHERE action = 'user.password.reset' AND entity_key = :k")
                .param("k", name)
                .query(String.class)
                .single();
        assertThat(resetJson).doesNotContain("County-Pass-2", "bcrypt");
    }

    /**
     * A user the administrator disables is signed out with their next request, on pages and the API alike, and cannot
     * sign in until enabled again; both changes are audited. The administrator's own account offers no such button and
     * is refused.
     */
    @Test
    void aDisabledUserIsSignedOutAtOnceAndCanReturnOnceEnabled() {
        String name = uniqueName("leaver");
        countyUser(name, "County-Pass-1");
        WebSession user = browser();
        assertThat(WebSession.location(user.submitLogin(name, "County-Pass-1"))).doesNotContain("/login");
        assertThat(user.get("/api/v1/me").statusCode()).isEqualTo(200);
        assertThat(user.get("/account").statusCode()).isEqualTo(200);

        WebSession admin = admin();
        String list = admin.get("/admin/users").body();
        assertThat(list)
                .contains("/admin/users/" + name + "/enabled")
                .doesNotContain("/admin/users/" + AdminBootstrap.ADMIN + "/enabled");
        String token = WebSession.hiddenCsrf(list);
        // a value that is neither true nor false is refused and changes nothing
        HttpResponse<String> bad =
                admin.postForm("/admin/users/" + name + "/enabled", Map.of("_csrf", token, "enabled", "maybe"));
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("参数 enabled：格式不正确，收到 “maybe”").doesNotContain("Invalid boolean");
        assertThat(auditRows("user.disable", name)).isZero();
        assertThat(user.get("/api/v1/me").statusCode()).isEqualTo(200);
        HttpResponse<String> disabled =
                admin.postForm("/admin/users/" + name + "/enabled", Map.of("_csrf", token, "enabled", "false"));
        assertThat(disabled.statusCode()).isEqualTo(302);
        assertThat(admin.get("/admin/users").body()).contains("已停用用户 " + name);
        assertThat(auditRows("user.disable", name)).isEqualTo(1);

        assertThat(user.get("/api/v1/me").statusCode()).isEqualTo(401);
        HttpResponse<String> page = user.get("/account");
        assertThat(page.statusCode()).isEqualTo(302);
        assertThat(WebSession.location(page)).endsWith("/login");
        assertThat(WebSession.location(browser().submitLogin(name, "County-Pass-1")))
                .endsWith("/login?error");
        assertThat(browser().getBasic("/api/v1/me", name, "County-Pass-1").statusCode())
                .isEqualTo(401);

        HttpResponse<String> self = admin.postForm(
                "/admin/users/" + AdminBootstrap.ADMIN + "/enabled", Map.of("_csrf", token, "enabled", "false"));
        assertThat(self.statusCode()).isEqualTo(302);
        assertThat(admin.get("/admin/users").body()).contains("不能停用自己的账户");
        assertThat(auditRows("user.disable", AdminBootstrap.ADMIN)).isZero();

        assertThat(admin.postForm("/admin/users/" + name + "/enabled", Map.of("_csrf", token, "enabled", "true"))
                        .statusCode())
                .isEqualTo(302);
        assertThat(auditRows("user.enable", name)).isEqualTo(1);
        WebSession back = browser();
        assertThat(WebSession.location(back.submitLogin(name, "County-Pass-1"))).doesNotContain("/login");
        assertThat(back.get("/api/v1/me").statusCode()).isEqualTo(200);
    }

    /**
     * The signed-in user is kept between requests until the data change; a user disabled in the database by hand,
     * which moves no data version, is refused once the kept users are {@link AccountUserDetailsService#FRESH} old.
     */
    @Test
    void aUserDisabledInTheDatabaseByHandIsRefusedWithinSeconds() {
        String name = uniqueName("byhand");
        countyUser(name, "County-Pass-1");
        WebSession user = browser();
        assertThat(WebSession.location(user.submitLogin(name, "County-Pass-1"))).doesNotContain("/login");
        assertThat(user.get("/api/v1/me").statusCode()).isEqualTo(200);

        jdbc.sql("UPDATE app_user SET enabled = FALSE WHERE username = :u")
                .param("u", name)
                .update();
        clock.advance(AccountUserDetailsService.FRESH);

        assertThat(user.get("/api/v1/me").statusCode()).isEqualTo(401);
    }

    @Test
    void nonAdminGets403OnAdminPages() {
        String name = uniqueName("county");
        countyUser(name, "County-Pass-1");
        WebSession county = browser();
        county.submitLogin(name, "County-Pass-1");

        HttpResponse<String> audit = county.get("/admin/audit");
        assertThat(audit.statusCode()).isEqualTo(403);
        assertThat(audit.body()).contains("您没有权限执行此操作");
        assertThat(county.get("/admin/users").statusCode()).isEqualTo(403);

        HttpResponse<String> api =
                browser().get("/api/v1/me", Map.of("Authorization", WebSession.basic(name, "County-Pass-1")));
        assertThat(api.statusCode()).isEqualTo(200);
    }

    @Test
    void logoutEndsTheSession() {
        WebSession admin = admin();
        String token = WebSession.hiddenCsrf(admin.get("/admin/users").body());

        HttpResponse<String> logout = admin.postForm("/logout", Map.of("_csrf", token));
        assertThat(WebSession.location(logout)).endsWith("/login?logout");
        assertThat(admin.get("/admin/users").statusCode()).isEqualTo(302);
    }

    @Test
    void sessionsTimeOutAfterThirtyMinutes() {
        assertThat(environment.getProperty("server.servlet.session.timeout", Duration.class))
                .isEqualTo(Duration.ofMinutes(30));
        TomcatWebServer server = (TomcatWebServer) context.getWebServer();
        Context webapp = (Context) server.getTomcat().getHost().findChildren()[0];
        assertThat(webapp.getSessionTimeout()).isEqualTo(30);
    }

    @Test
    void adminPagesRender() {
        WebSession admin = admin();

        HttpResponse<String> users = admin.get("/admin/users");
        assertThat(users.statusCode()).isEqualTo(200);
        assertThat(users.body()).contains("用户管理", "市级管理员", "<meta name=\"_csrf\"");

        HttpResponse<String> english = admin.get("/admin/audit?lang=en&from=2020-01-01&to=2099-12-31&page=1");
        assertThat(english.statusCode()).isEqualTo(200);
        assertThat(english.body()).contains("Audit log", "Entity type");
    }
}
