package io.industrypulse.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.industrypulse.support.WebSession;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The import page over real HTTP: a bad file is refused with its problems and a downloadable error copy; the filled
 * template is stored as a revision whose changes page lists the enterprises; a leader may not import.
 */
// Its own context (and database): the November data it stores must not reach other tests' expectations.
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.application.name=industrypulse-import-page-test")
abstract class ImportPageTest {

    @LocalServerPort
    int port;

    @TempDir
    Path dir;

    @Test
    void badFileIsRefusedAndTheFilledTemplateIsStored() throws Exception {
        WebSession session = new WebSession(port);
        session.login("county130105", "Demo-City-2026");
        String token = session.csrfToken("/imports");
        assertThat(session.get("/imports/template.xlsx").body()).isNotEmpty();

        byte[] notAWorkbook = "这不是 Excel 文件".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        var refused = session.postMultipart(
                "/imports", Map.of("period", "2026-11", "_csrf", token), "file", "bad.xlsx", notAWorkbook);
        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body()).contains("导入被拒绝，未保存任何数据");
        assertThat(refused.body()).contains("<td>文件</td>");

        byte[] filled = Files.readAllBytes(FilledTemplate.write(dir, "130105", 2));
        var stored = session.postMultipart(
                "/imports", Map.of("period", "2026-11", "_csrf", token), "file", "裕华区11月.xlsx", filled);
        assertThat(stored.body()).contains("2026-11 的数据已导入为第").contains("2 家企业");
        assertThat(stored.body()).containsPattern("核实性审核 \\(S1-S6\\)：\\d 家企业被标记");
        var changes = Pattern.compile("/imports/revisions/(\\d+)").matcher(stored.body());
        assertThat(changes.find()).isTrue();
        assertThat(session.get("/imports/revisions/" + changes.group(1)).body()).contains("新增企业");
    }

    /**
     * Replacing whole months asks first: the page names how many stored rows would go and changes nothing until the
     * user confirms; then the month holds exactly the package's rows and the revision's page lists the removed ones.
     */
    @Test
    void replacingMonthsAsksFirstAndTheRevisionListsTheRemovedRows() throws Exception {
        org.springframework.jdbc.core.simple.JdbcClient jdbc =
                org.springframework.jdbc.core.simple.JdbcClient.create(dataSource);
        CanonicalPackage demo =
                new io.industrypulse.demo.DemoCityGenerator().generate().data();
        java.time.YearMonth month = java.time.YearMonth.of(2026, 10);
        List<String> stored = jdbc.sql("SELECT credit_code FROM monthly_report WHERE period = :p ORDER BY credit_code")
                .param("p", month.atDay(1))
                .query(String.class)
                .list();
        List<String> five = stored.subList(0, 5);
        Path zip = PackageZips.partial(demo, month, five, dir, "five");
        WebSession analyst = new WebSession(port);
        analyst.login("analyst", "Demo-City-2026");
        String token = analyst.csrfToken("/imports?kind=package");
        var asked = analyst.postMultipart(
                "/imports",
                Map.of("kind", "package", "replaceMonths", "true", "_csrf", token),
                "file",
                "five.zip",
                Files.readAllBytes(zip));
        assertThat(asked.statusCode()).isEqualTo(200);
        assertThat(asked.body())
                .contains("id=\"confirm-replace\"")
                .contains("2026-10：删除 " + String.format("%,d", stored.size() - 5) + " 行");
        assertThat(count(jdbc, month)).isEqualTo(stored.size());
        var id = Pattern.compile("name=\"confirm\" value=\"([0-9a-f-]{36})\"").matcher(asked.body());
        assertThat(id.find()).isTrue();
        // another user cannot confirm it
        WebSession other = new WebSession(port);
        other.login("admin", "Pulse-Admin-2026");
        var stolen = other.postForm(
                "/imports",
                Map.of(
                        "kind",
                        "package",
                        "replaceMonths",
                        "true",
                        "confirm",
                        id.group(1),
                        "_csrf",
                        other.csrfToken("/imports?kind=package")));
        assertThat(stolen.body()).contains("待确认的数据包已过期");
        assertThat(count(jdbc, month)).isEqualTo(stored.size());

        var done = analyst.postForm(
                "/imports", Map.of("kind", "package", "replaceMonths", "true", "confirm", id.group(1), "_csrf", token));
        assertThat(done.statusCode()).isEqualTo(200);
        assertThat(done.body()).contains("删除 " + (stored.size() - 5) + " 行");
        assertThat(count(jdbc, month)).isEqualTo(5);
        long revision = jdbc.sql("SELECT MAX(id) FROM monthly_revision WHERE period = :p")
                .param("p", month.atDay(1))
                .query(Long.class)
                .single();
        String changes = analyst.get("/imports/revisions/" + revision).body();
        assertThat(changes).contains("删除企业（" + String.format("%,d", stored.size() - 5) + " 家）");
        stored.subList(5, stored.size()).forEach(code -> assertThat(changes).contains(code));

        // the month back as it was, for the other tests of this context
        Path full = dir.resolve("full");
        new CanonicalPackageWriter().write(demo, full, true);
        String again = analyst.csrfToken("/imports?kind=package");
        var asked2 = analyst.postMultipart(
                "/imports",
                Map.of("kind", "package", "_csrf", again),
                "file",
                "full.zip",
                Files.readAllBytes(PackageZips.zip(full, dir.resolve("full.zip"))));
        assertThat(asked2.body()).contains("已导入");
        assertThat(count(jdbc, month)).isEqualTo(stored.size());
    }

    @org.springframework.beans.factory.annotation.Autowired
    javax.sql.DataSource dataSource;

    private static long count(org.springframework.jdbc.core.simple.JdbcClient jdbc, java.time.YearMonth month) {
        return jdbc.sql("SELECT COUNT(*) FROM monthly_report WHERE period = :p")
                .param("p", month.atDay(1))
                .query(Long.class)
                .single();
    }

    /** An upload over the limit gets the app's own 413 page naming the limit, in Chinese, not the container's. */
    @Test
    void anUploadOverTheLimitIsRefusedByTheApp() {
        WebSession analyst = new WebSession(port);
        analyst.login("analyst", "Demo-City-2026");
        String token = analyst.csrfToken("/imports");
        byte[] huge = new byte[62 * 1024 * 1024];
        var refused = analyst.postMultipart(
                "/imports", Map.of("period", "2026-10", "_csrf", token), "file", "huge.xlsx", huge);
        assertThat(refused.statusCode()).isEqualTo(413);
        assertThat(refused.body()).contains("文件：上传内容超过上限 61 MB").doesNotContain("Apache Tomcat");
    }

    @Test
    void aLeaderMayNotImport() {
        WebSession leader = new WebSession(port);
        leader.login("leader", "Demo-City-2026");
        assertThat(leader.get("/imports").statusCode()).isEqualTo(403);
    }
}
