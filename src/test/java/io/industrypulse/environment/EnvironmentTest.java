package io.industrypulse.environment;

import static org.assertj.core.api.Assertions.assertThat;

import io.industrypulse.support.WebSession;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The key air-polluting enterprise list, episodes and plans over real HTTP on the demo city: the ecology department
 * imports the list all or nothing with every bad cell named, the export reads back unchanged, bad form input names
 * the field and writes nothing, a county and an enterprise see only their own, an episode's cost is the recomputed
 * loss, the three plans keep their promises, and adopting a plan records the production statuses that ending the
 * episode ends.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "industrypulse.test.context=environment")
abstract class EnvironmentTest {

    private static final String PASSWORD = "Demo-City-2026";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    /** A valid credit code (GB 32100) of no enterprise of the demo city. */
    private static final String STRANGER =
            io.industrypulse.enterprise.CreditCode.withCheckCharacter("91130100MA0000000");

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    private WebSession session(String user) {
        WebSession session = new WebSession(port);
        session.login(user, user.equals("admin") ? "Pulse-Admin-2026" : PASSWORD);
        return session;
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }

    private String listDigest() {
        return String.join("\n", jdbc.sql("""
                                SELECT credit_code || '|' || industry_code || '|' || grade || '|' || COALESCE(guarantee, '')
                                    || '|' || COALESCE(CAST(allowed_load AS VARCHAR(20)), '') || '|'
                                    || CAST(so2_kg AS VARCHAR(30)) || '|' || CAST(nox_kg AS VARCHAR(30)) || '|'
                                    || CAST(pm_kg AS VARCHAR(30)) || '|' || CAST(voc_kg AS VARCHAR(30)) || '|'
                                    || COALESCE(CAST(upwind_from AS VARCHAR(5)), '') || '|'
                                    || COALESCE(measure_red, '')
                                FROM env_enterprise ORDER BY credit_code""").query(String.class).list());
    }

    /** An enterprise of the registry in the county that is not on the list. */
    private String unlisted(String county) {
        return jdbc.sql("""
                        SELECT MIN(e.credit_code) FROM enterprise e
                        WHERE e.county_code = :c AND e.credit_code NOT IN (SELECT credit_code FROM env_enterprise)""").param("c", county).query(String.class).single();
    }

    private static byte[] workbook(byte[] template, List<List<Object>> rows) throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(template))) {
            Sheet sheet = book.getSheet("重点涉气企业清单");
            for (int i = 0; i < rows.size(); i++) {
                Row row = sheet.createRow(i + 1);
                for (int c = 0; c < rows.get(i).size(); c++) {
                    Object value = rows.get(i).get(c);
                    if (value instanceof Number n) {
                        row.createCell(c).setCellValue(n.doubleValue());
                    } else if (value != null) {
                        row.createCell(c).setCellValue(value.toString());
                    }
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            book.write(out);
            return out.toByteArray();
        }
    }

    private static List<Object> row(String code, String industry, String grade, Object so2) {
        return java.util.Arrays.asList(
                code, null, industry, grade, null, null, so2, 20, 5, 2, null, null, null, "限产20%", "停产", "停产");
    }

    private HttpResponse<String> upload(WebSession session, byte[] file) {
        return session.postMultipart(
                "/environment/import", Map.of("_csrf", session.csrfToken("/environment")), "file", "list.xlsx", file);
    }

    @Test
    void theEcologyDepartmentImportsTheListAllOrNothingWithEveryBadCellNamed() throws IOException {
        WebSession ecology = session("ecology");
        HttpResponse<byte[]> template = ecology.getBytes("/environment/template.xlsx");
        assertThat(template.statusCode()).isEqualTo(200);
        String good = unlisted("130102");
        String before = listDigest();
        long audits = count("SELECT COUNT(*) FROM audit_log WHERE action = 'environment.listed'");

        // a good row, then an unknown grade, a negative base and a credit code not in the registry
        byte[] bad = workbook(
                template.body(),
                List.of(
                        row(good, "水泥熟料", "B", 10),
                        row(unlisted("130103"), "水泥熟料", "E", 10),
                        row(unlisted("130104"), "焦化", "C", -3),
                        row(STRANGER, "焦化", "C", 10)));
        HttpResponse<String> refused = upload(ecology, bad);
        assertThat(refused.statusCode()).isEqualTo(200);
        String page = refused.body();
        assertThat(page).contains("文件未导入").contains("id=\"import-problems\"");
        assertThat(page)
                .contains("重点涉气企业清单 第 3 行 D 列 [取值]: “绩效分级”")
                .contains("实为 “E”")
                .contains("重点涉气企业清单 第 4 行 G 列 [取值]: “二氧化硫(千克/日)”")
                .contains("实为 -3")
                .contains("重点涉气企业清单 第 5 行 A 列 [引用]: “统一社会信用代码”" + STRANGER + " 不在企业名录中");
        assertThat(listDigest()).as("nothing written").isEqualTo(before);
        assertThat(count("SELECT COUNT(*) FROM audit_log WHERE action = 'environment.listed'"))
                .isEqualTo(audits);

        HttpResponse<String> accepted = upload(ecology, workbook(template.body(), List.of(row(good, "水泥熟料", "B", 10))));
        assertThat(accepted.body()).contains("id=\"import-ok\"");
        assertThat(jdbc.sql(
                                "SELECT grade || '/' || industry_code || '/' || CAST(so2_kg AS VARCHAR(20)) FROM env_enterprise"
                                        + " WHERE credit_code = :c")
                        .param("c", good)
                        .query(String.class)
                        .single())
                .startsWith("B/CEMENT_CLINKER/10");
        assertThat(count("SELECT COUNT(*) FROM audit_log WHERE action = 'environment.listed'"))
                .isEqualTo(audits + 1);
    }

    @Test
    void theExportReadsBackUnchanged() throws IOException {
        WebSession analyst = session("analyst");
        String before = listDigest();
        HttpResponse<byte[]> export = analyst.getBytes("/environment/export.xlsx");
        assertThat(export.statusCode()).isEqualTo(200);
        HttpResponse<String> again = upload(analyst, export.body());
        assertThat(again.body()).contains("id=\"import-ok\"");
        assertThat(listDigest()).isEqualTo(before);
    }

    @Test
    void badFormInputNamesTheFieldAndWritesNothing() {
        WebSession ecology = session("ecology");
        String before = listDigest();
        Map<String, String> form = new HashMap<>();
        form.put("creditCode", unlisted("130105"));
        form.put("industryCode", "STEEL");
        form.put("grade", "B");
        form.put("so2", "-1");
        form.put("nox", "1");
        form.put("pm", "1");
        form.put("voc", "1");
        form.put("_csrf", ecology.csrfToken("/environment/enterprises/new"));
        HttpResponse<String> refused = ecology.postForm("/environment/enterprises", form);
        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body()).contains("二氧化硫（千克/日）：不能为负数");
        form.put("so2", "1");
        form.put("creditCode", STRANGER);
        assertThat(ecology.postForm("/environment/enterprises", form).body())
                .contains("统一社会信用代码：" + STRANGER + " 不在企业名录中");
        assertThat(listDigest()).isEqualTo(before);

        long episodes = count("SELECT COUNT(*) FROM env_episode");
        Map<String, String> episode = new HashMap<>();
        episode.put("name", "测试预警");
        episode.put("level", "ORANGE");
        episode.put("startsAt", "2026-12-10");
        episode.put("endsAt", "2026-12-08");
        episode.put("floorSo2", "120");
        episode.put("_csrf", ecology.csrfToken("/environment/episodes"));
        String answer = ecology.postForm("/environment/episodes", episode).body();
        assertThat(answer).contains("结束时间：结束时间须晚于开始时间").contains("二氧化硫减排底线（%）：120 超出 0 至 100");
        episode.put("endsAt", "2026-12-12");
        episode.put("floorSo2", "10");
        assertThat(ecology.postForm("/environment/episodes", episode).body()).contains("二氧化硫减排底线（%）：不得低于国家要求的 20%");
        assertThat(count("SELECT COUNT(*) FROM env_episode")).isEqualTo(episodes);

        // the API answers a bad plan kind with a problem naming it
        HttpResponse<String> api = ecology.postJson(
                "/api/v1/environment/episodes/1/plans/everything/adopt",
                "{}",
                Map.of("X-CSRF-TOKEN", ecology.metaCsrf("/"), "Content-Type", "application/json"));
        assertThat(api.statusCode()).isEqualTo(400);
        assertThat(api.body()).contains("未知的方案类型：everything");
    }

    @Test
    void aSavedRuleIsConfirmedAndLocalAndAStopCutsEverything() {
        WebSession analyst = session("analyst");
        Map<String, String> form = new HashMap<>();
        form.put("industry", "BRICK");
        form.put("grade", "B");
        form.put("level", "ORANGE");
        form.put("action", "LIMIT");
        form.put("outputCut", "30");
        form.put("cutSo2", "40");
        form.put("_csrf", analyst.csrfToken("/environment/rules"));
        assertThat(analyst.postForm("/environment/rules", form).statusCode()).isEqualTo(302);
        assertThat(jdbc.sql("""
                                SELECT action || '/' || CAST(output_cut AS VARCHAR(10)) || '/' || CAST(so2_cut AS VARCHAR(10))
                                    || '/' || CAST(nox_cut AS VARCHAR(10)) || '/' || basis || '/' || CAST(confirmed AS VARCHAR(5))
                                FROM env_measure_rule WHERE industry_code = 'BRICK' AND grade = 'B' AND alert_level = 'ORANGE'""").query(String.class).single().toLowerCase(java.util.Locale.ROOT))
                .isEqualTo("limit/0.3000/0.4000/0.3000/local/true");
        form.put("action", "STOP");
        HttpResponse<String> refused = analyst.postForm("/environment/rules", form);
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("产量削减（%）：停产即削减 100%");
        // the untouched seeded rows are still defaults to confirm
        assertThat(count("SELECT COUNT(*) FROM env_measure_rule WHERE confirmed = FALSE AND basis = 'PUBLISHED'"))
                .isEqualTo(12);
    }

    @Test
    void aCountySeesItsOwnEnterprisesAndAnEnterpriseOnlyItsOwnMeasure() throws IOException {
        WebSession county = session("county130102");
        JsonNode page =
                JSON.readTree(county.get("/api/v1/environment/enterprises").body());
        assertThat(page.get("total").asInt()).isPositive();
        for (JsonNode item : page.get("items")) {
            assertThat(item.get("county_code").asString()).isEqualTo("130102");
        }
        assertThat(county.get("/api/v1/environment/enterprises?county=130103").statusCode())
                .isEqualTo(403);

        // the enterprise user's own enterprise on the list: it sees its row, and no other
        String own = jdbc.sql("SELECT enterprise_code FROM app_user WHERE username = 'enterprise'")
                .query(String.class)
                .single();
        WebSession ecology = session("ecology");
        Map<String, String> form = new HashMap<>();
        form.put("creditCode", own);
        form.put("industryCode", "FOUNDRY");
        form.put("grade", "C");
        form.put("so2", "3");
        form.put("nox", "4");
        form.put("pm", "5");
        form.put("voc", "6");
        form.put("measureOrange", "停产50%生产线");
        form.put("_csrf", ecology.csrfToken("/environment/enterprises/new"));
        assertThat(ecology.postForm("/environment/enterprises", form).statusCode())
                .isEqualTo(302);
        WebSession enterprise = session("enterprise");
        JsonNode mine =
                JSON.readTree(enterprise.get("/api/v1/environment/enterprises").body());
        assertThat(mine.get("total").asInt()).isEqualTo(1);
        assertThat(mine.get("items").get(0).get("credit_code").asString()).isEqualTo(own);
        String ownPage = enterprise.get("/environment/enterprises/" + own).body();
        assertThat(ownPage).contains("停产50%生产线").contains("id=\"episodes\"");
        assertThat(enterprise.get("/api/v1/environment/episodes").statusCode()).isEqualTo(403);
    }

    /**
     * The past orange alert's cost, recomputed from the stored data: every listed enterprise loses its grade's
     * output cut of last year's January output per day over the 3⅔ days (20:00 on 12 January to noon on 16 January),
     * valued with its division's value-added ratio over January's PPI.
     */
    @Test
    void anEpisodeCostsTheRecomputedLossOfItsGradeMeasures() throws IOException {
        long id = jdbc.sql("SELECT id FROM env_episode WHERE name LIKE '%1月橙色预警'")
                .query(Long.class)
                .single();
        int year = jdbc.sql("SELECT EXTRACT(YEAR FROM starts_at) FROM env_episode WHERE id = :id")
                .param("id", id)
                .query(Integer.class)
                .single();
        double days = 3 + 2.0 / 3;
        Map<String, Double> cuts = new HashMap<>();
        jdbc.sql("SELECT l.credit_code, r.output_cut, l.allowed_load FROM env_enterprise l JOIN env_measure_rule r"
                        + " ON r.industry_code = l.industry_code AND r.grade = l.grade AND r.alert_level = 'ORANGE'")
                .query(rs -> {
                    double cut = rs.getBigDecimal(2).doubleValue();
                    BigDecimal load = rs.getBigDecimal(3);
                    cuts.put(rs.getString(1), load == null ? cut : Math.min(cut, 1 - load.doubleValue()));
                });
        double[] expected = {0, 0};
        jdbc.sql("""
                        SELECT m.credit_code, m.output, v.ratio, p.ppi_yoy FROM monthly_report m
                        JOIN enterprise e ON e.credit_code = m.credit_code
                        JOIN va_ratio v ON v.division_code = e.division_code AND v.stat_year = :year
                        JOIN ppi p ON p.division_code = e.division_code AND p.period = :now
                        WHERE m.period = :then""")
                .param("year", year)
                .param("now", LocalDate.of(year, 1, 1))
                .param("then", LocalDate.of(year - 1, 1, 1))
                .query(rs -> {
                    Double cut = cuts.get(rs.getString(1));
                    if (cut != null) {
                        double output = rs.getBigDecimal(2).doubleValue() / 31 * days * cut;
                        expected[0] += output;
                        expected[1] += output
                                * rs.getBigDecimal(3).doubleValue()
                                / (rs.getBigDecimal(4).doubleValue() / 100);
                    }
                });
        JsonNode impact = JSON.readTree(session("analyst")
                .get("/api/v1/environment/episodes/" + id + "/impact")
                .body());
        assertThat(impact.get("kind").asString()).isEqualTo("BY_GRADE");
        assertThat(impact.get("city").get("output_loss").asDouble()).isCloseTo(expected[0], within(expected[0]));
        assertThat(impact.get("city").get("value_added_loss").asDouble()).isCloseTo(expected[1], within(expected[1]));
    }

    private static org.assertj.core.data.Offset<Double> within(double value) {
        // the API keeps 4 decimals of 万元 per enterprise
        return org.assertj.core.data.Offset.offset(1e-3 + value * 1e-9);
    }

    @Test
    void theThreePlansKeepTheirPromises() throws IOException {
        long id = jdbc.sql("SELECT id FROM env_episode WHERE name LIKE '%2月红色预警'")
                .query(Long.class)
                .single();
        JsonNode plans = JSON.readTree(session("ecology")
                .get("/api/v1/environment/episodes/" + id + "/plans")
                .body());
        Map<String, JsonNode> byKind = new HashMap<>();
        plans.get("plans").forEach(p -> byKind.put(p.get("kind").asString(), p));
        JsonNode floors = plans.get("episode").get("floors");
        double[] floor = {
            floors.get("so2").asDouble(),
            floors.get("nox").asDouble(),
            floors.get("pm").asDouble(),
            floors.get("voc").asDouble()
        };
        for (String kind : List.of("UNIFORM", "OPTIMISED")) {
            JsonNode plan = byKind.get(kind);
            assertThat(plan.get("available").asBoolean()).as(kind).isTrue();
            assertThat(plan.get("meets_floors").asBoolean()).as(kind).isTrue();
            // the city and every county the red alert covers (all) reach each floor
            List<JsonNode> regions = new java.util.ArrayList<>();
            regions.add(plan.get("city"));
            plan.get("counties").forEach(regions::add);
            for (JsonNode region : regions) {
                for (int p = 0; p < 4; p++) {
                    JsonNode cut = region.get("cut").get(p);
                    if (!cut.isNull()) {
                        assertThat(cut.asDouble())
                                .as(kind + " " + region.get("name").asString() + " pollutant " + p)
                                .isGreaterThanOrEqualTo(floor[p] - 1e-9);
                    }
                }
            }
        }
        double optimised =
                byKind.get("OPTIMISED").get("city").get("value_added_loss").asDouble();
        assertThat(optimised)
                .isLessThanOrEqualTo(byKind.get("UNIFORM")
                        .get("city")
                        .get("value_added_loss")
                        .asDouble());
        // an A-grade or 绩效引领性 enterprise keeps 自主减排 in every plan
        Map<String, String> grades = new HashMap<>();
        jdbc.sql("SELECT credit_code, grade FROM env_enterprise").query(rs -> {
            grades.put(rs.getString(1), rs.getString(2));
        });
        for (JsonNode plan : byKind.values()) {
            for (JsonNode m : plan.get("measures")) {
                if (List.of("A", "A_PLUS", "LEADING")
                        .contains(grades.get(m.get("credit_code").asString()))) {
                    assertThat(m.get("output_cut").asDouble()).isZero();
                }
            }
        }
    }

    @Test
    void adoptingAPlanRecordsTheProductionStatusesThatEndingTheEpisodeEnds() throws IOException {
        WebSession ecology = session("ecology");
        LocalDateTime now = LocalDateTime.now(ZONE);
        Map<String, String> form = new HashMap<>();
        form.put("name", "测试橙色预警");
        form.put("level", "ORANGE");
        form.put("startsAt", now.toLocalDate().toString());
        form.put("endsAt", now.toLocalDate().plusDays(2).toString());
        form.put("wind", now.toLocalDate() + " 西北");
        form.put("_csrf", ecology.csrfToken("/environment/episodes"));
        HttpResponse<String> created = ecology.postForm("/environment/episodes", form);
        assertThat(created.statusCode()).isEqualTo(302);
        String location = WebSession.location(created);
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));

        HttpResponse<String> adopted = ecology.postJson(
                "/api/v1/environment/episodes/" + id + "/plans/optimised/adopt",
                "{}",
                Map.of("X-CSRF-TOKEN", ecology.metaCsrf("/"), "Content-Type", "application/json"));
        assertThat(adopted.statusCode()).as(adopted.body()).isEqualTo(200);
        assertThat(jdbc.sql("SELECT adopted_kind || '/' || adopted_by FROM env_episode WHERE id = :id")
                        .param("id", id)
                        .query(String.class)
                        .single())
                .isEqualTo("OPTIMISED/ecology");
        long cut = count("SELECT COUNT(*) FROM env_episode_measure WHERE episode_id = " + id + " AND output_cut > 0");
        long userEntries = count("""
                SELECT COUNT(*) FROM env_episode_measure m JOIN production_status p ON p.credit_code = m.credit_code
                WHERE m.episode_id = %d AND m.output_cut > 0 AND p.source IS NULL""".formatted(id));
        assertThat(cut).isPositive();
        String source = "env-episode:" + id;
        assertThat(count("SELECT COUNT(*) FROM production_status WHERE source = '" + source
                        + "' AND reason = 'ENVIRONMENT'"))
                .isEqualTo(cut - userEntries);
        assertThat(count("""
                        SELECT COUNT(*) FROM production_status p JOIN env_episode_measure m ON m.credit_code = p.credit_code
                        WHERE p.source = '%s' AND m.episode_id = %d
                          AND ((m.output_cut >= 1 AND p.status <> 'STOPPED') OR (m.output_cut < 1 AND p.status <> 'LIMITED'))""".formatted(source, id))).isZero();

        HttpResponse<String> ended = ecology.postForm(
                "/environment/episodes/" + id + "/end",
                Map.of("_csrf", ecology.csrfToken("/environment/episodes/" + id)));
        assertThat(ended.statusCode()).isEqualTo(302);
        assertThat(count("SELECT COUNT(*) FROM production_status WHERE source = '" + source + "'"))
                .isZero();
        assertThat(count("SELECT COUNT(*) FROM env_episode WHERE id = " + id + " AND ended_at IS NOT NULL"))
                .isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM audit_log WHERE action = 'environment.adopt' AND entity_key = '" + id
                        + "' AND username = 'ecology'"))
                .isEqualTo(1);
    }
}
