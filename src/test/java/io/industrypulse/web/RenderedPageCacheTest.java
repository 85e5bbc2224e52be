package io.industrypulse.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.industrypulse.support.WebSession;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The kept ranking page over real HTTP: it is served again to the same session (the form token, masked afresh on every
 * rendering, stays the same), never to another user or to nobody, it follows the locale switch, and a committed write
 * (a changed target) shows at once.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "industrypulse.web.page-cache.max-entries=500")
abstract class RenderedPageCacheTest {

    private static final String RANKING = "/monitor/ranking?period=2026-10";
    private static final String COUNTY = "130104";
    private static final Pattern CSRF_META = Pattern.compile("name=\"_csrf\" content=\"([^\"]+)\"");

    @LocalServerPort
    int port;

    @Test
    void theSameSessionGetsTheKeptPageAndAWriteShowsAtOnce() {
        WebSession analyst = new WebSession(port);
        analyst.login("analyst", "Demo-City-2026");
        var firstAnswer = analyst.get(RANKING);
        String first = firstAnswer.body();
        assertThat(firstAnswer.headers().firstValue("X-Page-Cache")).isEmpty();
        var secondAnswer = analyst.get(RANKING);
        // served from the cache, the same bytes (a rendering would mask the form token afresh)
        assertThat(secondAnswer.headers().firstValue("X-Page-Cache")).hasValue("hit");
        assertThat(secondAnswer.body()).isEqualTo(first);
        assertThat(targetCell(first)).isNotEqualTo("-20.0");

        String token = analyst.csrfToken("/targets?year=2026");
        var saved = analyst.postForm(
                "/targets",
                Map.of("year", "2026", "region", COUNTY, "value", "-20.0", "confirmed", "true", "_csrf", token));
        assertThat(saved.statusCode()).isEqualTo(302);
        var afterAnswer = analyst.get(RANKING);
        assertThat(afterAnswer.headers().firstValue("X-Page-Cache")).isEmpty();
        assertThat(targetCell(afterAnswer.body())).isEqualTo("-20.0");
    }

    @Test
    void anotherUserNeverGetsThePageKeptForSomeoneElse() {
        WebSession analyst = new WebSession(port);
        analyst.login("analyst", "Demo-City-2026");
        String analystPage = analyst.get(RANKING).body();
        assertThat(countyLinks(analystPage)).isEqualTo(12);

        WebSession county = new WebSession(port);
        county.login("county130102", "Demo-City-2026");
        String countyPage = county.get(RANKING).body();
        assertThat(countyLinks(countyPage)).isEqualTo(1);
        assertThat(csrf(countyPage)).isNotEqualTo(csrf(analystPage));

        var anonymous = new WebSession(port).get(RANKING);
        assertThat(anonymous.statusCode()).isEqualTo(302);
        assertThat(anonymous.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
    }

    @Test
    void theLocaleSwitchIsFollowed() {
        WebSession analyst = new WebSession(port);
        analyst.login("analyst", "Demo-City-2026");
        assertThat(analyst.get(RANKING).body()).contains("大排队");
        assertThat(analyst.get(RANKING + "&lang=en").body()).contains("County ranking of");
        assertThat(analyst.get(RANKING).body()).contains("County ranking of").doesNotContain("县区规上工业增加值增速大排队");
    }

    private static String targetCell(String page) {
        Matcher row = Pattern.compile("data-code=\"" + COUNTY + "\".*?</tr>", Pattern.DOTALL)
                .matcher(page);
        assertThat(row.find()).isTrue();
        Matcher cell = Pattern.compile("class=\"num target\"[^>]*>([^<]*)<").matcher(row.group());
        assertThat(cell.find()).isTrue();
        return cell.group(1);
    }

    /** Links to county pages in the page's content (the menu's 首页 of a county user is one too). */
    private static long countyLinks(String page) {
        return Pattern.compile("href=\"/monitor/counties/")
                .matcher(page.substring(page.indexOf("<main")))
                .results()
                .count();
    }

    private static String csrf(String page) {
        Matcher m = CSRF_META.matcher(page);
        assertThat(m.find()).isTrue();
        return m.group(1);
    }
}
