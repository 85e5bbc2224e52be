package io.industrypulse.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.industrypulse.support.WebSession;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * One period everywhere (issue 11, item 3), over real HTTP on the demo city (data through October 2026): the header
 * shows the current period, the period chosen on one page is the period of the next page opened, pages about the
 * month being reported or planned show the month after and say so, and a page with nothing for its month says why.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
abstract class CurrentPeriodTest {

    private static final Pattern PICKER = Pattern.compile("<form class=\"period-picker\".*?</form>", Pattern.DOTALL);
    private static final Pattern SELECTED =
            Pattern.compile("<option value=\"([0-9-]+)\" selected(?:=\"selected\")?>([^<]+)<");

    @LocalServerPort
    int port;

    @Test
    void thePeriodChosenOnOnePageIsThePeriodOfTheNext() {
        WebSession analyst = session("analyst");
        // nothing chosen yet: the latest month with published figures
        assertThat(current(analyst.get("/monitor/ranking").body())).isEqualTo("2026-10 2026年1-10月");

        String ranking = analyst.get("/monitor/ranking?period=2026-09").body();
        assertThat(ranking).contains("（2026年1-9月）");
        assertThat(current(ranking)).isEqualTo("2026-09 2026年1-9月");

        String home = analyst.get("/").body();
        assertThat(current(home)).isEqualTo("2026-09 2026年1-9月");
        assertThat(home).contains("2026年1-9月");
        assertThat(analyst.get("/monitor/counties/130102").body()).contains("2026年1-9月");
        assertThat(analyst.get("/planning/warnings").body()).contains("2026年9月 预警");
        assertThat(analyst.get("/review").body()).contains("2026年9月 核实性错误");
        // the pages about the next month: October's tasks and reporting, said as such
        String tasks = analyst.get("/planning/tasks").body();
        assertThat(tasks).contains("2026年10月 任务落实到企业");
        assertThat(tasks).contains("当前统计期为2026年1-9月，本页显示2026年10月（据已有数据安排的月份）。");
        assertThat(analyst.get("/reporting").body())
                .contains("2026年10月 联网直报进度")
                .contains("当前统计期为2026年1-9月，本页显示2026年10月（正在上报的月份）。");
        assertThat(current(tasks)).isEqualTo("2026-09 2026年1-9月");
    }

    @Test
    void theHeaderPickerChangesThePeriodAndReturnsToThePage() {
        WebSession leader = session("leader");
        String ranking = leader.get("/monitor/ranking").body();
        Matcher picker = PICKER.matcher(ranking);
        assertThat(picker.find()).isTrue();
        // 1-2月 comes first: January is never offered alone
        assertThat(picker.group())
                .contains("value=\"2026-02\"")
                .doesNotContain("value=\"2026-01\"")
                .contains("name=\"back\" value=\"/monitor/ranking\"");

        HttpResponse<String> chosen =
                leader.get("/period?value=2026-08&back=/monitor/counties/130102?period%3D2026-10");
        assertThat(chosen.statusCode()).isEqualTo(302);
        assertThat(WebSession.location(chosen)).endsWith("/monitor/counties/130102?period=2026-10");
        assertThat(current(leader.get("/monitor/ranking").body())).isEqualTo("2026-08 2026年1-8月");

        // a month without published figures is not kept; a foreign address is not followed
        HttpResponse<String> december = leader.get("/period?value=2026-12&back=//evil.example/x");
        assertThat(WebSession.location(december)).doesNotContain("evil").endsWith("/");
        assertThat(current(leader.get("/monitor/ranking").body())).isEqualTo("2026-08 2026年1-8月");

        // the header returns to the page without its own period, so the page then shows the chosen one
        assertThat(leader.get("/planning/warnings?period=2026-07").body())
                .contains("name=\"back\" value=\"/planning/warnings\"");
    }

    @Test
    void aPageWithNothingForItsMonthSaysWhy() {
        WebSession analyst = session("analyst");
        // December's data are due on the 5th of January (industrypulse.reporting.deadline-day=5)
        String review = analyst.get("/review?period=2026-12").body();
        assertThat(review).contains("2026年12月数据尚未上报，截止日期2027年1月5日。");
        assertThat(review).doesNotContain("暂无核实性错误");
        assertThat(analyst.get("/planning/warnings?period=2026-12").body()).contains("2026年12月数据尚未上报，截止日期2027年1月5日。");
        // a month with data has no such sentence
        assertThat(analyst.get("/review?period=2026-10").body()).doesNotContain("尚未上报");
    }

    private static String current(String html) {
        Matcher picker = PICKER.matcher(html);
        assertThat(picker.find()).as("the header's period picker").isTrue();
        Matcher selected = SELECTED.matcher(picker.group());
        assertThat(selected.find()).as("a selected period").isTrue();
        return selected.group(1) + " " + selected.group(2);
    }

    private WebSession session(String user) {
        WebSession session = new WebSession(port);
        session.login(user, user.equals("admin") ? "Pulse-Admin-2026" : "Demo-City-2026");
        return session;
    }
}
