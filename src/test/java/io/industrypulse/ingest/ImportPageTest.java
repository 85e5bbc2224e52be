package io.industrypulse.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.industrypulse.support.WebSession;
import java.nio.file.Files;
import java.nio.file.Path;
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
        session.login("county130105", "Demo@2026");
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

    @Test
    void aLeaderMayNotImport() {
        WebSession leader = new WebSession(port);
        leader.login("leader", "Demo@2026");
        assertThat(leader.get("/imports").statusCode()).isEqualTo(403);
    }
}
