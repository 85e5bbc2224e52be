package io.industrypulse.enterprise;

import static io.industrypulse.enterprise.RegistryFixture.A;
import static io.industrypulse.enterprise.RegistryFixture.ADMIN;
import static io.industrypulse.enterprise.RegistryFixture.ANALYST;
import static io.industrypulse.enterprise.RegistryFixture.B;
import static io.industrypulse.enterprise.RegistryFixture.COUNTY_A;
import static io.industrypulse.enterprise.RegistryFixture.LEADER;
import static io.industrypulse.enterprise.RegistryFixture.NAME_1;
import static io.industrypulse.enterprise.RegistryFixture.NAME_2;
import static io.industrypulse.enterprise.RegistryFixture.NAME_3;
import static io.industrypulse.enterprise.RegistryFixture.code;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import io.industrypulse.account.AccountUser;
import io.industrypulse.account.UserScope;
import io.industrypulse.region.RegionService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.annotation.Transactional;

/** The registry pages and JSON API through MockMvc, with the account module's principal. Each test rolls back. */
@SpringBootTest(properties = "industrypulse.demo.enabled=false")
@AutoConfigureMockMvc
@Transactional
class EnterpriseWebTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    RegionService regions;

    @Autowired
    EnterpriseService enterprises;

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void load() {
        RegistryFixture.load(regions, enterprises);
    }

    static RequestPostProcessor as(UserScope scope) {
        return user(new AccountUser(scope, "{noop}x", true, true));
    }

    long enterpriseRows() {
        return jdbc.sql("SELECT COUNT(*) FROM enterprise").query(Long.class).single();
    }

    // ------------------------------------------------------------ pages

    @Test
    void listPageForTheCity() throws Exception {
        mvc.perform(get("/enterprises").param("q", "91990102MA").with(as(ANALYST)))
                .andExpect(status().isOk())
                .andExpect(view().name("enterprise/list"))
                .andExpect(model().attributeExists("result", "counties", "divisions", "chains"))
                .andExpect(content().string(containsString("企业名录")))
                .andExpect(content().string(containsString(NAME_1)))
                .andExpect(content().string(containsString(NAME_3)))
                .andExpect(content().string(containsString("登记企业")));
    }

    @Test
    void listPageOfACountyUserShowsOnlyItsCountyWhateverTheFilter() throws Exception {
        mvc.perform(get("/enterprises").param("county", B).with(as(COUNTY_A)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(NAME_1)))
                .andExpect(content().string(containsString(NAME_2)))
                .andExpect(content().string(not(containsString(NAME_3))));
    }

    @Test
    void htmxGetsOnlyTheResultsFragment() throws Exception {
        mvc.perform(get("/enterprises")
                        .param("tag", "key")
                        .param("county", A)
                        .header("HX-Request", "true")
                        .with(as(ANALYST)))
                .andExpect(status().isOk())
                .andExpect(view().name("enterprise/list :: results"))
                .andExpect(content().string(containsString(NAME_1)))
                .andExpect(content().string(not(containsString(NAME_2))))
                .andExpect(content().string(not(containsString("<html"))));
    }

    @Test
    void badTagIsABadRequest() throws Exception {
        mvc.perform(get("/enterprises").param("tag", "bogus").with(as(ANALYST))).andExpect(status().isBadRequest());
    }

    @Test
    void englishBundle() throws Exception {
        mvc.perform(get("/enterprises").param("lang", "en").with(as(ANALYST)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Enterprise registry")))
                .andExpect(content().string(containsString("Key enterprise")));
    }

    @Test
    void detailPageShowsFieldsHistoryAndChains() throws Exception {
        mvc.perform(get("/enterprises/" + code(3)).with(as(LEADER)))
                .andExpect(status().isOk())
                .andExpect(view().name("enterprise/detail"))
                .andExpect(content().string(containsString(NAME_3)))
                .andExpect(content().string(containsString("黑色金属冶炼和压延加工业")))
                .andExpect(content().string(containsString("2018-01")))
                .andExpect(content().string(containsString("规模变小退出调查范围")))
                .andExpect(content().string(containsString("精品钢材")))
                .andExpect(content().string(not(containsString("/edit"))));
    }

    @Test
    void detailOutsideScopeOrUnknownIsNotFound() throws Exception {
        mvc.perform(get("/enterprises/" + code(3)).with(as(COUNTY_A))).andExpect(status().isNotFound());
        mvc.perform(get("/enterprises/914403001922038216").with(as(ADMIN))).andExpect(status().isNotFound());
        mvc.perform(get("/enterprises/" + code(3) + "/edit").with(as(COUNTY_A))).andExpect(status().isNotFound());
    }

    @Test
    void newFormForWritersOnly() throws Exception {
        mvc.perform(get("/enterprises/new").with(as(COUNTY_A)))
                .andExpect(status().isOk())
                .andExpect(view().name("enterprise/form"))
                .andExpect(content().string(containsString("统一社会信用代码")))
                .andExpect(content().string(not(containsString("legacyCodeReason"))));
        mvc.perform(get("/enterprises/new").with(as(ADMIN)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("legacyCodeReason")));
        mvc.perform(get("/enterprises/new").with(as(LEADER))).andExpect(status().isForbidden());
    }

    @Test
    void postingABadFormShowsTheFieldErrorInChineseAndWritesNothing() throws Exception {
        long before = enterpriseRows();
        String wrongCheck = code(50).substring(0, 17) + (code(50).charAt(17) == '0' ? '1' : '0');
        mvc.perform(post("/enterprises")
                        .with(csrf())
                        .with(as(ANALYST))
                        .param("creditCode", wrongCheck)
                        .param("name", "")
                        .param("countyCode", "990199")
                        .param("industryClass", "4711"))
                .andExpect(status().isOk())
                .andExpect(view().name("enterprise/form"))
                .andExpect(model().attribute("errors", org.hamcrest.Matchers.hasKey("creditCode")))
                .andExpect(content().string(containsString("统一社会信用代码：校验位错误")))
                .andExpect(content().string(containsString("企业名称：必填")))
                .andExpect(content().string(containsString("所属区县：不是已知的县级行政区划")))
                .andExpect(content().string(containsString("行业代码：不属于工业行业（大类06-46）")))
                .andExpect(content().string(containsString(wrongCheck)));
        assertThat(enterpriseRows()).isEqualTo(before);
    }

    @Test
    void postingAValidFormRegistersAndRedirects() throws Exception {
        long before = enterpriseRows();
        mvc.perform(post("/enterprises")
                        .with(csrf())
                        .with(as(COUNTY_A))
                        .param("creditCode", code(51).toLowerCase())
                        .param("name", "新登记企业")
                        .param("countyCode", A)
                        .param("industryClass", "3911")
                        .param("aboveSizeSince", "2025-03")
                        .param("entryKind", "NEW_PRODUCTION")
                        .param("keyEnterprise", "true")
                        .param("chainCodes", "T-ELEC"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/enterprises/" + code(51)));
        assertThat(enterpriseRows()).isEqualTo(before + 1);
        EnterpriseDetail detail = enterprises.find(code(51), COUNTY_A).orElseThrow();
        assertThat(detail.enterprise().keyEnterprise()).isTrue();
        assertThat(detail.enterprise().airPolluting()).isFalse();
        assertThat(detail.aboveSize().get(0).entry()).isEqualTo(AboveSizeEntry.NEW_PRODUCTION);
    }

    @Test
    void postWithoutCsrfIsRefused() throws Exception {
        long before = enterpriseRows();
        mvc.perform(post("/enterprises").with(as(ANALYST)).param("creditCode", code(52)))
                .andExpect(status().isForbidden());
        assertThat(enterpriseRows()).isEqualTo(before);
    }

    @Test
    void editingAnEnterprise() throws Exception {
        mvc.perform(get("/enterprises/" + code(2) + "/edit").with(as(COUNTY_A)))
                .andExpect(status().isOk())
                .andExpect(view().name("enterprise/form"))
                .andExpect(content().string(containsString(NAME_2)));
        mvc.perform(post("/enterprises/" + code(2))
                        .with(csrf())
                        .with(as(COUNTY_A))
                        .param("name", "")
                        .param("countyCode", A)
                        .param("industryClass", "1311"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("企业名称：必填")));
        mvc.perform(post("/enterprises/" + code(2))
                        .with(csrf())
                        .with(as(COUNTY_A))
                        .param("name", "甲区食品集团")
                        .param("countyCode", A)
                        .param("industryClass", "1311")
                        .param("pollutionGrade", "C"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/enterprises/" + code(2)));
        assertThat(enterprises.find(code(2), ADMIN).orElseThrow().enterprise().pollutionGrade())
                .isEqualTo(PollutionGrade.C);
        mvc.perform(get("/enterprises/" + code(2) + "/edit").with(as(LEADER))).andExpect(status().isForbidden());
    }

    @Test
    void regionsPage() throws Exception {
        mvc.perform(get("/regions").with(as(COUNTY_A)))
                .andExpect(status().isOk())
                .andExpect(view().name("region/list"))
                .andExpect(content().string(containsString("行政区划")))
                .andExpect(content().string(containsString("测试省")))
                .andExpect(content().string(containsString("甲区")))
                .andExpect(content().string(containsString("县级")));
    }

    // ------------------------------------------------------------ API

    @Test
    void apiSearchIsPagedAndScoped() throws Exception {
        mvc.perform(get("/api/v1/enterprises").param("county", A).with(as(ANALYST)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.page").value(1))
                .andExpect(jsonPath("$.size").value(20))
                .andExpect(jsonPath("$.total").value(2))
                .andExpect(jsonPath("$.items.length()").value(2))
                .andExpect(jsonPath("$.items[0].credit_code").value(code(1)))
                .andExpect(jsonPath("$.items[0].county_name").value("甲区"))
                .andExpect(jsonPath("$.items[0].industry_class").value("3911"))
                .andExpect(jsonPath("$.items[0].key_enterprise").value(true));
        mvc.perform(get("/api/v1/enterprises").param("county", B).with(as(COUNTY_A)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(2))
                .andExpect(jsonPath("$.items[*].county_code")
                        .value(org.hamcrest.Matchers.everyItem(org.hamcrest.Matchers.is(A))));
        mvc.perform(get("/api/v1/enterprises")
                        .param("industry", "31")
                        .param("q", "91990102MA")
                        .param("page", "1")
                        .with(as(LEADER)))
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[0].pollution_grade").value("B"));
    }

    @Test
    void apiDetailAndNotFound() throws Exception {
        mvc.perform(get("/api/v1/enterprises/" + code(3)).with(as(ADMIN)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.enterprise.credit_code").value(code(3)))
                .andExpect(jsonPath("$.enterprise.division_code").value("31"))
                .andExpect(jsonPath("$.above_size[0].since").value("2018-01"))
                .andExpect(jsonPath("$.above_size[0].exited_from").value("2025-01"))
                .andExpect(jsonPath("$.above_size[0].entry").value("INITIAL"))
                .andExpect(jsonPath("$.chains[0].code").value("T-STEEL"));
        mvc.perform(get("/api/v1/enterprises/" + code(3)).with(as(COUNTY_A))).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/enterprises/914403001922038216").with(as(ADMIN)))
                .andExpect(status().isNotFound());
    }
}
