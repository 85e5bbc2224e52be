package io.industrypulse.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.industrypulse.support.WebSession;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The grouped menu over real HTTP on the demo city: each role is shown exactly the pages it may open (every link shown
 * opens, every page of the administrator's menu not shown is refused), the page being shown is marked, and each role
 * lands on its own home after login.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
abstract class NavigationTest {

    private static final String PASSWORD = "Demo-City-2026";
    private static final Pattern MENU = Pattern.compile("<nav class=\"app-nav\"[^>]*>(.*?)</nav>", Pattern.DOTALL);
    private static final Pattern LINK = Pattern.compile("<a href=\"([^\"]+)\"([^>]*)>");
    private static final Pattern GROUP = Pattern.compile("class=\"nav-group-label\">([^<]+)<");

    @LocalServerPort
    int port;

    /** Each demo user and the home the login lands on. */
    private static final Map<String, String> HOMES = Map.of(
            "admin", "/",
            "analyst", "/",
            "leader", "/",
            "ecology", "/dispatch/production",
            "county130102", "/monitor/counties/130102",
            "enterprise", "/monitor/enterprises/");

    @Test
    void everyRoleIsShownExactlyThePagesItMayOpen() {
        WebSession admin = session("admin");
        Set<String> everyPage =
                new LinkedHashSet<>(links(admin.get("/monitor/ranking").body()));
        assertThat(everyPage).contains("/", "/monitor/ranking", "/imports", "/admin/users", "/admin/audit");
        for (String user : HOMES.keySet()) {
            WebSession session = session(user);
            List<String> shown = links(session.get("/monitor/ranking").body());
            for (String path : shown) {
                assertThat(session.get(path).statusCode())
                        .as(user + " is shown " + path)
                        .isEqualTo(200);
            }
            for (String path : everyPage) {
                if (!shown.contains(path)) {
                    assertThat(session.get(path).statusCode())
                            .as(user + " is not shown " + path)
                            .isIn(403, 404);
                }
            }
        }
        // the department follows no enterprise tasks; the enterprise neither imports nor reviews
        assertThat(links(session("ecology").get("/").body())).doesNotContain("/planning/tasks", "/imports");
        assertThat(links(session("enterprise").get("/").body()))
                .doesNotContain("/imports", "/review", "/reporting", "/admin/users");
    }

    @Test
    void theMenuIsGroupedByTaskAndMarksTheCurrentPage() {
        WebSession analyst = session("analyst");
        String ranking = analyst.get("/monitor/ranking").body();
        Matcher groups = GROUP.matcher(menu(ranking));
        List<String> labels = new ArrayList<>();
        while (groups.find()) {
            labels.add(groups.group(1));
        }
        assertThat(labels).containsExactly("运行监测", "目标调度", "企业服务", "环保管控", "小升规", "数据");
        assertThat(menu(ranking))
                .contains("<a href=\"/monitor/ranking\" aria-current=\"page\">")
                .containsOnlyOnce("aria-current");
        assertThat(ranking).contains("<div class=\"nav-group current\">");
        // another page marks its own item
        assertThat(menu(analyst.get("/regions").body())).contains("<a href=\"/regions\" aria-current=\"page\">");
        assertThat(menu(session("admin").get("/").body())).contains("系统");
    }

    @Test
    void eachRoleLandsOnItsOwnHomeWithTheCityOneClickAway() {
        for (var home : HOMES.entrySet()) {
            String landed = new WebSession(port).login(home.getKey(), password(home.getKey()));
            assertThat(landed).as(home.getKey()).contains(home.getValue());
        }
        WebSession county = session("county130102");
        String page = county.get("/monitor/counties/130102").body();
        assertThat(menu(page))
                .contains("<a href=\"/monitor/counties/130102\" aria-current=\"page\"><span>首页</span>")
                .contains("<a href=\"/\"><span>全市概览</span>");
        // a bookmarked page is still where the login goes
        WebSession bookmarked = new WebSession(port);
        bookmarked.get("/monitor/ranking");
        assertThat(bookmarked.login("county130102", PASSWORD)).contains("/monitor/ranking");
    }

    private WebSession session(String user) {
        WebSession session = new WebSession(port);
        assertThat(session.login(user, password(user))).doesNotContain("error");
        return session;
    }

    private static String password(String user) {
        return user.equals("admin") ? "Pulse-Admin-2026" : PASSWORD;
    }

    private static String menu(String html) {
        Matcher menu = MENU.matcher(html);
        assertThat(menu.find()).as("the page has the menu").isTrue();
        return menu.group(1);
    }

    private static List<String> links(String html) {
        Matcher link = LINK.matcher(menu(html));
        List<String> paths = new ArrayList<>();
        while (link.find()) {
            paths.add(link.group(1).replace("&amp;", "&"));
        }
        return paths;
    }
}
