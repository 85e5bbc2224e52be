package io.industrypulse.enterprise;

import static io.industrypulse.enterprise.RegistryFixture.A;
import static io.industrypulse.enterprise.RegistryFixture.ADMIN;
import static io.industrypulse.enterprise.RegistryFixture.ANALYST;
import static io.industrypulse.enterprise.RegistryFixture.B;
import static io.industrypulse.enterprise.RegistryFixture.CITY;
import static io.industrypulse.enterprise.RegistryFixture.COUNTY_A;
import static io.industrypulse.enterprise.RegistryFixture.COUNTY_B;
import static io.industrypulse.enterprise.RegistryFixture.DEPARTMENT;
import static io.industrypulse.enterprise.RegistryFixture.ECOLOGY;
import static io.industrypulse.enterprise.RegistryFixture.LEADER;
import static io.industrypulse.enterprise.RegistryFixture.code;
import static io.industrypulse.enterprise.RegistryFixture.enterpriseUser;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.industrypulse.account.UserScope;
import io.industrypulse.region.Region;
import io.industrypulse.region.RegionLevel;
import io.industrypulse.region.RegionNode;
import io.industrypulse.region.RegionService;
import java.time.YearMonth;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.annotation.Transactional;

/**
 * Scope, validation and auditing of the registry services, on H2 and PostgreSQL (subclasses). Each test rolls back.
 */
@SpringBootTest(properties = "industrypulse.demo.enabled=false")
@AutoConfigureMockMvc
@Transactional
abstract class EnterpriseServiceTest {

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

    long rows(String table) {
        return jdbc.sql("SELECT COUNT(*) FROM " + table).query(Long.class).single();
    }

    static EnterpriseForm form(String creditCode, String name, String county, String industryClass) {
        return new EnterpriseForm(
                creditCode,
                name,
                county,
                industryClass,
                "2025-06",
                "UPGRADE",
                true,
                "A",
                true,
                List.of("T-ELEC"),
                "李四",
                "13800000000",
                "甲区新路8号",
                null);
    }

    static EnterpriseForm withReason(EnterpriseForm f, String reason) {
        return new EnterpriseForm(
                f.creditCode(),
                f.name(),
                f.countyCode(),
                f.industryClass(),
                f.aboveSizeSince(),
                f.entryKind(),
                f.keyEnterprise(),
                f.pollutionGrade(),
                f.airPolluting(),
                f.chainCodes(),
                f.contactPerson(),
                f.contactPhone(),
                f.address(),
                reason);
    }

    static List<String> mine(List<String> codes) {
        return codes.stream().filter(c -> c.startsWith("91990102MA")).toList();
    }

    // ------------------------------------------------------------ regions

    @Test
    void regionTreeCityAndCounties() {
        List<RegionNode> tree = regions.tree();
        RegionNode province = tree.stream()
                .filter(n -> n.region().code().equals("990000"))
                .findFirst()
                .orElseThrow();
        assertThat(province.children()).extracting(n -> n.region().code()).containsExactly(CITY);
        assertThat(province.children().get(0).children())
                .extracting(n -> n.region().name())
                .containsExactly("甲区", "乙县");
        assertThat(regions.city()).get().extracting(Region::code).isEqualTo(CITY);
        assertThat(regions.counties()).extracting(Region::code).containsExactly(A, B);
        assertThat(regions.find(A)).get().extracting(Region::level).isEqualTo(RegionLevel.COUNTY);
        assertThat(regions.isCounty(A)).isTrue();
        assertThat(regions.isCounty(CITY)).isFalse();
        assertThat(regions.find("123456")).isEmpty();
    }

    @Test
    void regionSaveAllIsIdempotentAndAudited() {
        long audit = rows("audit_log");
        assertThat(regions.saveAll(List.of(new Region(A, "甲区", RegionLevel.COUNTY, CITY, 1))))
                .isZero();
        assertThat(regions.saveAll(List.of(new Region(A, "甲新区", RegionLevel.COUNTY, CITY, 1))))
                .isEqualTo(1);
        assertThat(rows("audit_log")).isEqualTo(audit + 1);
        assertThat(jdbc.sql("SELECT action FROM audit_log WHERE entity_key = :k ORDER BY id DESC")
                        .param("k", A)
                        .query(String.class)
                        .list())
                .first()
                .isEqualTo("region.update");
    }

    @Test
    void regionSaveAllRefusesCodesNotMatchingTheirLevel() {
        long before = rows("region");
        assertThatThrownBy(() -> regions.saveAll(List.of(
                        new Region("990103", "丙区", RegionLevel.COUNTY, CITY),
                        new Region("990200", "错县", RegionLevel.COUNTY, CITY))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("990200");
        assertThatThrownBy(() -> regions.saveAll(List.of(new Region("990103", "丙区", RegionLevel.COUNTY, "980100"))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(rows("region")).isEqualTo(before);
    }

    // ------------------------------------------------------------ reading in scope

    @Test
    void cityRolesSeeEveryCounty() {
        for (UserScope scope : List.of(ADMIN, ANALYST, LEADER)) {
            // the fixture's codes share this prefix; other modules' data may share the run's database
            EnterprisePage page = enterprises.search(new EnterpriseQuery(null, null, null, "91990102MA", 1), scope);
            assertThat(page.items())
                    .extracting(Enterprise::creditCode)
                    .containsExactly(code(1), code(2), code(3), code(4));
            assertThat(page.total()).isEqualTo(4);
            assertThat(enterprises
                            .search(new EnterpriseQuery(B, null, null, null, 1), scope)
                            .total())
                    .isEqualTo(2);
        }
    }

    @Test
    void countyUserOnlyEverGetsItsOwnCountyWhateverTheFilter() {
        for (String county : new String[] {null, A, B}) {
            EnterprisePage page = enterprises.search(new EnterpriseQuery(county, null, null, null, 1), COUNTY_A);
            assertThat(page.items())
                    .as("filter %s", county)
                    .extracting(Enterprise::creditCode)
                    .containsExactly(code(1), code(2));
        }
        // a code that is no county is bad input for everyone, never an empty list that looks like data
        for (String county : new String[] {CITY, "nonsense"}) {
            assertThatThrownBy(() -> enterprises.search(new EnterpriseQuery(county, null, null, null, 1), COUNTY_A))
                    .as("filter %s", county)
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("未知的代码");
        }
        assertThat(enterprises
                        .search(new EnterpriseQuery(A, null, null, "钢铁", 1), COUNTY_B)
                        .items())
                .extracting(Enterprise::creditCode)
                .containsExactly(code(3));
        assertThat(enterprises.visibleCounties(COUNTY_A))
                .extracting(Region::code)
                .containsExactly(A);
        assertThat(enterprises.writableCounties(COUNTY_A))
                .extracting(Region::code)
                .containsExactly(A);
        assertThat(enterprises.writableCounties(LEADER)).isEmpty();
    }

    @Test
    void countyUserCannotFindAnotherCountysEnterprise() {
        assertThat(enterprises.find(code(1), COUNTY_A)).isPresent();
        assertThat(enterprises.find(code(3), COUNTY_A)).isEmpty();
        assertThat(enterprises.find(code(3), COUNTY_B)).isPresent();
        assertThat(enterprises.find(code(3), LEADER)).isPresent();
        assertThat(enterprises.find("914403001922038216", ADMIN)).isEmpty();
    }

    @Test
    void enterpriseUserSeesOnlyItsOwnEnterprise() {
        assertThat(enterprises.search(EnterpriseQuery.all(), enterpriseUser(2)).items())
                .extracting(Enterprise::creditCode)
                .containsExactly(code(2));
        assertThat(enterprises.find(code(2), enterpriseUser(2))).isPresent();
        assertThat(enterprises.find(code(1), enterpriseUser(2))).isEmpty();
        assertThat(enterprises.aboveSizeIn(YearMonth.of(2025, 6), enterpriseUser(2)))
                .containsExactly(code(2));
    }

    private List<String> codes(String industry, String tag, String q) {
        return mine(enterprises.search(new EnterpriseQuery(null, industry, tag, q, 1), ADMIN).items().stream()
                .map(Enterprise::creditCode)
                .toList());
    }

    @Test
    void departmentsSeeOnlyWhatTheirDepartmentHandles() {
        // the ecology department: the 涉气 enterprises (only code 3 of the fixture), in every county, whatever is asked
        EnterpriseQuery all = new EnterpriseQuery(null, null, null, "91990102MA", 1);
        assertThat(enterprises.search(all, ECOLOGY).items())
                .extracting(Enterprise::creditCode)
                .containsExactly(code(3));
        assertThat(enterprises
                        .search(new EnterpriseQuery(null, null, "key", "91990102MA", 1), ECOLOGY)
                        .items())
                .isEmpty();
        assertThat(enterprises.find(code(3), ECOLOGY)).isPresent();
        assertThat(enterprises.find(code(1), ECOLOGY)).isEmpty();
        // another department: no enterprise at all
        assertThat(enterprises.search(all, DEPARTMENT).total()).isZero();
        assertThat(enterprises.find(code(3), DEPARTMENT)).isEmpty();
        assertThat(enterprises.visibleCounties(ECOLOGY)).isEmpty();
    }

    @Test
    void filtersByIndustryTagAndText() {
        assertThat(codes("39", null, null)).containsExactly(code(1));
        assertThat(codes(null, "key", null)).containsExactly(code(1));
        assertThat(codes(null, "air", null)).containsExactly(code(3));
        assertThat(codes(null, "grade:B", null)).containsExactly(code(3));
        assertThat(codes(null, "chain:T-ELEC", null)).containsExactly(code(1));
        assertThat(codes(null, null, "甲区食品")).containsExactly(code(2));
        assertThat(codes(null, null, code(4))).containsExactly(code(4));
        assertThat(codes(null, null, code(4).toLowerCase())).containsExactly(code(4));
        assertThatThrownBy(() -> enterprises.search(new EnterpriseQuery(null, null, "bogus", null, 1), ADMIN))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> enterprises.search(new EnterpriseQuery(null, null, "grade:E", null, 1), ADMIN))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void detailHasHistoryChainsAndDivision() {
        EnterpriseDetail detail = enterprises.find(code(3), ADMIN).orElseThrow();
        assertThat(detail.enterprise().divisionName()).isEqualTo("黑色金属冶炼和压延加工业");
        assertThat(detail.enterprise().pollutionGrade()).isEqualTo(PollutionGrade.B);
        assertThat(detail.aboveSize())
                .containsExactly(new AboveSizePeriod(
                        YearMonth.of(2018, 1), AboveSizeEntry.INITIAL, YearMonth.of(2025, 1), "规模变小退出调查范围"));
        assertThat(detail.aboveSizeIn(YearMonth.of(2024, 12))).isTrue();
        assertThat(detail.aboveSizeIn(YearMonth.of(2025, 1))).isFalse();
        assertThat(detail.chains()).extracting(IndustrialChain::code).containsExactly("T-STEEL");
        // class unknown: only the division was given
        Enterprise water = enterprises.find(code(4), ADMIN).orElseThrow().enterprise();
        assertThat(water.industryClass()).isNull();
        assertThat(water.divisionCode()).isEqualTo("46");
        assertThat(enterprises.find(code(4), ADMIN).orElseThrow().aboveSize()).isEmpty();
    }

    @Test
    void aboveSizeInPeriodWithinScope() {
        assertThat(mine(enterprises.aboveSizeIn(YearMonth.of(2024, 12), ADMIN)))
                .containsExactly(code(1), code(2), code(3));
        assertThat(mine(enterprises.aboveSizeIn(YearMonth.of(2025, 1), ADMIN))).containsExactly(code(1), code(2));
        assertThat(mine(enterprises.aboveSizeIn(YearMonth.of(2024, 2), ADMIN))).containsExactly(code(1), code(3));
        assertThat(enterprises.aboveSizeIn(YearMonth.of(2024, 12), COUNTY_B)).containsExactly(code(3));
    }

    // ------------------------------------------------------------ writing

    @Test
    void analystRegistersInAnyCountyWithHistoryChainsAndAudit() {
        long before = rows("enterprise");
        long audit = rows("audit_log");
        Enterprise created = enterprises.register(form(code(10), "新企业", B, "3912"), ANALYST);
        assertThat(created.countyCode()).isEqualTo(B);
        assertThat(created.divisionCode()).isEqualTo("39");
        assertThat(rows("enterprise")).isEqualTo(before + 1);
        assertThat(rows("audit_log")).isEqualTo(audit + 1);
        EnterpriseDetail detail = enterprises.find(code(10), ANALYST).orElseThrow();
        assertThat(detail.aboveSize())
                .containsExactly(new AboveSizePeriod(YearMonth.of(2025, 6), AboveSizeEntry.UPGRADE, null, null));
        assertThat(detail.chains()).extracting(IndustrialChain::code).containsExactly("T-ELEC");
        assertThat(detail.enterprise().keyEnterprise()).isTrue();
        assertThat(detail.enterprise().legacyCodeReason()).isNull();
    }

    @Test
    void countyUserRegistersOnlyInItsOwnCounty() {
        long before = rows("enterprise");
        enterprises.register(form(code(11), "本县企业", A, "3911"), COUNTY_A);
        assertThat(rows("enterprise")).isEqualTo(before + 1);
        assertThatThrownBy(() -> enterprises.register(form(code(12), "外县企业", B, "3911"), COUNTY_A))
                .isInstanceOf(EnterpriseValidationException.class)
                .hasMessage("所属区县：只能登记、修改本辖区的企业");
        assertThat(rows("enterprise")).isEqualTo(before + 1);
    }

    @Test
    void leaderAndDepartmentMayNotWrite() {
        long before = rows("enterprise");
        for (UserScope scope : List.of(LEADER, DEPARTMENT, enterpriseUser(1))) {
            assertThatThrownBy(() -> enterprises.register(form(code(13), "企业", A, "3911"), scope))
                    .isInstanceOf(AccessDeniedException.class);
        }
        assertThatThrownBy(() -> enterprises.update(code(1), form(code(1), "改名", A, "3911"), LEADER))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(rows("enterprise")).isEqualTo(before);
        assertThat(enterprises.find(code(1), ADMIN).orElseThrow().enterprise().name())
                .isEqualTo(RegistryFixture.NAME_1);
    }

    @Test
    void countyUserCannotUpdateAnotherCountysEnterpriseNorMoveItsOwnAway() {
        assertThatThrownBy(() -> enterprises.update(code(3), form(code(3), "改名", B, "3110"), COUNTY_A))
                .isInstanceOf(EnterpriseNotFoundException.class);
        assertThatThrownBy(() -> enterprises.update(code(1), form(code(1), "改名", B, "3911"), COUNTY_A))
                .isInstanceOf(EnterpriseValidationException.class)
                .hasMessageContaining("所属区县");
        assertThat(enterprises.find(code(3), ADMIN).orElseThrow().enterprise().name())
                .isEqualTo(RegistryFixture.NAME_3);
        assertThat(enterprises.find(code(1), ADMIN).orElseThrow().enterprise().countyCode())
                .isEqualTo(A);
    }

    @Test
    void countyUserUpdatesItsOwnEnterpriseAudited() {
        long audit = rows("audit_log");
        Enterprise updated = enterprises.update(code(2), form(code(2), "甲区食品集团", A, "1411"), COUNTY_A);
        assertThat(updated.name()).isEqualTo("甲区食品集团");
        assertThat(updated.divisionCode()).isEqualTo("14");
        assertThat(updated.pollutionGrade()).isEqualTo(PollutionGrade.A);
        assertThat(enterprises.find(code(2), ADMIN).orElseThrow().chains())
                .extracting(IndustrialChain::code)
                .containsExactly("T-ELEC");
        assertThat(rows("audit_log")).isEqualTo(audit + 1);
        String before = jdbc.sql("SELECT before_json FROM audit_log WHERE action = 'enterprise.update'")
                .query(String.class)
                .single();
        assertThat(before).contains(RegistryFixture.NAME_2);
    }

    static Stream<Arguments> badForms() {
        String wrongCheck = code(20).substring(0, 17) + (code(20).charAt(17) == '0' ? '1' : '0');
        return Stream.of(
                Arguments.of(form(wrongCheck, "企业", A, "3911"), "creditCode", "统一社会信用代码：校验位错误"),
                Arguments.of(form("", "企业", A, "3911"), "creditCode", "统一社会信用代码：必填"),
                Arguments.of(form("9131011066600721", "企业", A, "3911"), "creditCode", "统一社会信用代码：应为18位"),
                Arguments.of(
                        form("91310110666007217I", "企业", A, "3911"),
                        "creditCode",
                        "统一社会信用代码：含有不允许的字符（只能使用数字和除I、O、Z、S、V以外的大写字母）"),
                Arguments.of(form(code(1), "企业", A, "3911"), "creditCode", "统一社会信用代码：该企业已登记"),
                Arguments.of(form(code(20), "  ", A, "3911"), "name", "企业名称：必填"),
                Arguments.of(form(code(20), "企业", "990199", "3911"), "countyCode", "所属区县：不是已知的县级行政区划"),
                Arguments.of(form(code(20), "企业", CITY, "3911"), "countyCode", "所属区县：不是已知的县级行政区划"),
                Arguments.of(form(code(20), "企业", "", "3911"), "countyCode", "所属区县：必填"),
                Arguments.of(form(code(20), "企业", A, "4711"), "industryClass", "行业代码：不属于工业行业（大类06-46）"),
                Arguments.of(form(code(20), "企业", A, "0111"), "industryClass", "行业代码：不属于工业行业（大类06-46）"),
                Arguments.of(form(code(20), "企业", A, "39"), "industryClass", "行业代码：应为4位国民经济行业小类代码（GB/T 4754）"),
                Arguments.of(form(code(20), "企业", A, "39A1"), "industryClass", "行业代码：应为4位国民经济行业小类代码（GB/T 4754）"),
                Arguments.of(form(code(20), "企业", A, ""), "industryClass", "行业代码：必填"));
    }

    @ParameterizedTest
    @MethodSource("badForms")
    void badInputIsRefusedNamingTheFieldAndNothingIsWritten(EnterpriseForm form, String field, String message) {
        long enterpriseRows = rows("enterprise");
        long historyRows = rows("enterprise_above_size");
        long chainRows = rows("enterprise_chain");
        long auditRows = rows("audit_log");
        assertThatThrownBy(() -> enterprises.register(form, ADMIN))
                .isInstanceOfSatisfying(EnterpriseValidationException.class, e -> {
                    assertThat(e.problems()).hasSize(1);
                    assertThat(e.problems().get(0).field()).isEqualTo(field);
                    assertThat(e.problems().get(0).message()).isEqualTo(message);
                    assertThat(e.getMessage()).isEqualTo(message);
                });
        assertThat(rows("enterprise")).isEqualTo(enterpriseRows);
        assertThat(rows("enterprise_above_size")).isEqualTo(historyRows);
        assertThat(rows("enterprise_chain")).isEqualTo(chainRows);
        assertThat(rows("audit_log")).isEqualTo(auditRows);
    }

    @Test
    void severalBadFieldsAreAllNamed() {
        EnterpriseForm bad = new EnterpriseForm(
                "X", "", "", "99", "2025-13", "SOMETIMES", false, "E", false, List.of("NOPE"), null, "电话", null, null);
        assertThatThrownBy(() -> enterprises.register(bad, ADMIN))
                .isInstanceOfSatisfying(
                        EnterpriseValidationException.class,
                        e -> assertThat(e.problems())
                                .extracting(EnterpriseValidationException.FieldProblem::field)
                                .containsExactlyInAnyOrder(
                                        "entryKind",
                                        "aboveSizeSince",
                                        "pollutionGrade",
                                        "creditCode",
                                        "name",
                                        "countyCode",
                                        "industryClass",
                                        "chainCodes",
                                        "contactPhone"));
    }

    @Test
    void onlyTheCityAdministratorMayAcceptAFailingCheckCharacterWithAReason() {
        String pilot = "91350100M0001TGQXM";
        long before = rows("enterprise");
        assertThatThrownBy(() -> enterprises.register(form(pilot, "试点企业", A, "3911"), ADMIN))
                .hasMessage("统一社会信用代码：校验位错误");
        assertThatThrownBy(() -> enterprises.register(withReason(form(pilot, "试点企业", A, "3911"), "早期试点代码"), ANALYST))
                .hasMessage("统一社会信用代码：校验位错误，只有市级管理员可以填写理由后接受");
        assertThat(rows("enterprise")).isEqualTo(before);

        Enterprise accepted = enterprises.register(withReason(form(pilot, "试点企业", A, "3911"), "福建早期试点代码，经核实合法"), ADMIN);
        assertThat(accepted.legacyCodeReason()).isEqualTo("福建早期试点代码，经核实合法");
        assertThat(rows("enterprise")).isEqualTo(before + 1);

        // a reason given with a valid code is not recorded
        Enterprise normal = enterprises.register(withReason(form(code(21), "正常企业", A, "3911"), "多余理由"), ADMIN);
        assertThat(normal.legacyCodeReason()).isNull();
    }

    @Test
    void registerAllIsAllOrNothingWithRowNumbers() {
        long before = rows("enterprise");
        long audit = rows("audit_log");
        List<EnterpriseRegistration> batch = List.of(
                EnterpriseRegistration.of(code(30), "批量一", A, "3911", YearMonth.of(2023, 1)),
                EnterpriseRegistration.of(code(31), "批量二", "990199", "3911", YearMonth.of(2023, 1)),
                EnterpriseRegistration.of(code(30), "批量三", B, "4711", null));
        assertThatThrownBy(() -> enterprises.registerAll(batch))
                .isInstanceOfSatisfying(EnterpriseValidationException.class, e -> {
                    assertThat(e.problems())
                            .extracting(EnterpriseValidationException.FieldProblem::row)
                            .containsExactly(2, 3, 3);
                    assertThat(e.getMessage())
                            .contains("第2行 所属区县：不是已知的县级行政区划")
                            .contains("第3行 行业代码：不属于工业行业（大类06-46）")
                            .contains("第3行 统一社会信用代码：该企业已登记");
                });
        assertThat(rows("enterprise")).isEqualTo(before);
        assertThat(rows("audit_log")).isEqualTo(audit);

        assertThat(enterprises.registerAll(List.of(
                        EnterpriseRegistration.of(code(30), "批量一", A, "3911", YearMonth.of(2023, 1)),
                        EnterpriseRegistration.of(code(31), "批量二", B, "13", null))))
                .isEqualTo(2);
        assertThat(rows("enterprise")).isEqualTo(before + 2);
        assertThat(rows("audit_log")).isEqualTo(audit + 2);
    }

    @Test
    void registerAllStoresEachEnterprisesSpellChainsAndAuditEntry() {
        enterprises.saveChains(
                List.of(new IndustrialChain("T-ELEC", "电子信息", 1), new IndustrialChain("T-NEV", "新能源汽车", 0)));
        long audit = rows("audit_log");
        EnterpriseRegistration chained = new EnterpriseRegistration(
                code(32),
                "批量链上",
                A,
                "3911",
                YearMonth.of(2022, 3),
                AboveSizeEntry.UPGRADE,
                YearMonth.of(2025, 7),
                "停产",
                true,
                null,
                false,
                List.of("T-NEV", "T-ELEC"),
                "张三",
                "13800000000",
                null);
        EnterpriseRegistration plain = EnterpriseRegistration.of(code(33), "批量无链", B, "13", null);

        assertThat(enterprises.registerAll(List.of(chained, plain))).isEqualTo(2);

        EnterpriseDetail first = enterprises.find(code(32), ADMIN).orElseThrow();
        assertThat(first.enterprise().name()).isEqualTo("批量链上");
        assertThat(first.enterprise().keyEnterprise()).isTrue();
        assertThat(first.aboveSize())
                .containsExactly(new AboveSizePeriod(
                        YearMonth.of(2022, 3), AboveSizeEntry.UPGRADE, YearMonth.of(2025, 7), "停产"));
        assertThat(first.chains()).extracting(IndustrialChain::code).containsExactlyInAnyOrder("T-ELEC", "T-NEV");
        EnterpriseDetail second = enterprises.find(code(33), ADMIN).orElseThrow();
        assertThat(second.aboveSize()).isEmpty();
        assertThat(second.chains()).isEmpty();
        // one creation entry per enterprise, with what was registered
        assertThat(rows("audit_log")).isEqualTo(audit + 2);
        assertThat(jdbc.sql("SELECT action, entity_type, after_json FROM audit_log WHERE entity_key = :k")
                        .param("k", code(32))
                        .query((rs, n) -> rs.getString(1) + " " + rs.getString(2) + " " + rs.getString(3))
                        .single())
                .startsWith("enterprise.create enterprise ")
                .contains("\"name\":\"批量链上\"")
                .contains("\"chainCodes\":[\"T-NEV\",\"T-ELEC\"]");
    }

    @Test
    void registerAllRefusesAnExitWithoutReasonOrBeforeEntry() {
        EnterpriseRegistration noReason = new EnterpriseRegistration(
                code(40),
                "甲",
                A,
                "3911",
                YearMonth.of(2020, 1),
                AboveSizeEntry.UPGRADE,
                YearMonth.of(2021, 1),
                null,
                false,
                null,
                false,
                List.of(),
                null,
                null,
                null);
        EnterpriseRegistration early = new EnterpriseRegistration(
                code(41),
                "乙",
                A,
                "3911",
                YearMonth.of(2020, 1),
                null,
                YearMonth.of(2020, 1),
                "关闭",
                false,
                null,
                false,
                List.of(),
                null,
                null,
                null);
        assertThatThrownBy(() -> enterprises.registerAll(List.of(noReason, early)))
                .isInstanceOfSatisfying(
                        EnterpriseValidationException.class,
                        e -> assertThat(e.problems())
                                .extracting(EnterpriseValidationException.FieldProblem::code)
                                .containsExactly(
                                        "enterprise.error.exitReason.required", "enterprise.error.exitedFrom.order"));
    }

    @Test
    void saveChainsUpsertsAudited() {
        long audit = rows("audit_log");
        assertThat(enterprises.saveChains(
                        List.of(new IndustrialChain("T-ELEC", "电子信息", 1), new IndustrialChain("T-NEV", "新能源汽车", 0))))
                .isEqualTo(1);
        assertThat(enterprises.saveChains(List.of(new IndustrialChain("T-ELEC", "电子信息产业", 1))))
                .isEqualTo(1);
        assertThat(enterprises.chains()).extracting(IndustrialChain::name).containsExactly("新能源汽车", "电子信息产业", "精品钢材");
        assertThat(rows("audit_log")).isEqualTo(audit + 2);
        assertThatThrownBy(() -> enterprises.saveChains(List.of(new IndustrialChain("坏 代码", "x", 0))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void exitAndReEnterAboveSize() {
        enterprises.exitAboveSize(code(2), YearMonth.of(2026, 1), "规模变小", COUNTY_A);
        assertThat(enterprises.aboveSizeIn(YearMonth.of(2026, 1), COUNTY_A)).containsExactly(code(1));
        assertThatThrownBy(() ->
                        enterprises.enterAboveSize(code(2), YearMonth.of(2025, 12), AboveSizeEntry.UPGRADE, COUNTY_A))
                .isInstanceOf(IllegalStateException.class);
        enterprises.enterAboveSize(code(2), YearMonth.of(2026, 6), AboveSizeEntry.UPGRADE, COUNTY_A);
        assertThat(enterprises.find(code(2), COUNTY_A).orElseThrow().aboveSize())
                .hasSize(2);
        assertThatThrownBy(() -> enterprises.exitAboveSize(code(3), YearMonth.of(2026, 1), "x", COUNTY_A))
                .isInstanceOf(EnterpriseNotFoundException.class);
        assertThatThrownBy(() -> enterprises.exitAboveSize(code(1), YearMonth.of(2026, 1), "x", LEADER))
                .isInstanceOf(AccessDeniedException.class);
    }
}
