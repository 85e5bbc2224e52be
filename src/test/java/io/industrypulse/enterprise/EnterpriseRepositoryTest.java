package io.industrypulse.enterprise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.boot.jdbc.test.autoconfigure.JdbcTest;
import org.springframework.context.annotation.Import;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;

/** SQL of the registry tables, run on H2 and on PostgreSQL (subclasses). Each test rolls back. */
@JdbcTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@Import(EnterpriseRepository.class)
abstract class EnterpriseRepositoryTest {

    static final String A = "990102";
    static final String B = "990121";
    static final OffsetDateTime NOW = OffsetDateTime.of(2026, 1, 2, 3, 4, 5, 0, ZoneOffset.UTC);

    @Autowired
    EnterpriseRepository repository;

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void regions() {
        jdbc.sql("""
                        INSERT INTO region (code, name, level, parent_code, sort_order) VALUES
                        ('990100', '测试市', 'city', NULL, 1),
                        ('990102', '甲区', 'county', '990100', 1),
                        ('990121', '乙县', 'county', '990100', 2)""").update();
    }

    static String code(int n) {
        return CreditCode.withCheckCharacter("91990102MA" + String.format("%07d", n));
    }

    static EnterpriseRepository.Row row(int n, String name, String county, String industryClass) {
        return new EnterpriseRepository.Row(
                code(n),
                name,
                county,
                industryClass,
                industryClass.substring(0, 2),
                null,
                "张三",
                "0571-12345678",
                "测试路1号",
                false,
                null,
                false);
    }

    private static EnterpriseRepository.Filter filter() {
        return new EnterpriseRepository.Filter(null, null, null, null, null, null, null, null);
    }

    @Test
    void seedsTheFortyOneIndustrialDivisions() {
        List<IndustryDivision> divisions = repository.divisions();
        assertThat(divisions).hasSize(41);
        assertThat(divisions.get(0)).isEqualTo(new IndustryDivision("06", "煤炭开采和洗选业", "B"));
        assertThat(divisions.get(40)).isEqualTo(new IndustryDivision("46", "水的生产和供应业", "D"));
        assertThat(divisions).filteredOn(d -> d.section().equals("C")).hasSize(31);
        assertThat(divisions).allMatch(d -> IndustryDivision.isIndustrial(d.code()));
    }

    @Test
    void insertsAndReadsAnEnterpriseWithJoinedNames() {
        long id = repository.insert(row(1, "甲电子有限公司", A, "3911"), NOW);
        assertThat(repository.findId(code(1))).contains(id);
        Enterprise e = repository.find(code(1)).orElseThrow();
        assertThat(e.name()).isEqualTo("甲电子有限公司");
        assertThat(e.countyName()).isEqualTo("甲区");
        assertThat(e.divisionCode()).isEqualTo("39");
        assertThat(e.divisionName()).isEqualTo("计算机、通信和其他电子设备制造业");
        assertThat(e.industryClass()).isEqualTo("3911");
        assertThat(e.createdAt().toInstant()).isEqualTo(NOW.toInstant());
        assertThat(e.pollutionGrade()).isNull();
    }

    @Test
    void updatesAnEnterprise() {
        repository.insert(row(1, "甲电子", A, "3911"), NOW);
        var changed = new EnterpriseRepository.Row(
                code(1), "甲电子（改）", B, "1311", "13", "试点代码", null, null, null, true, PollutionGrade.B, true);
        repository.update(changed, NOW.plusDays(1));
        Enterprise e = repository.find(code(1)).orElseThrow();
        assertThat(e.countyCode()).isEqualTo(B);
        assertThat(e.divisionCode()).isEqualTo("13");
        assertThat(e.keyEnterprise()).isTrue();
        assertThat(e.airPolluting()).isTrue();
        assertThat(e.pollutionGrade()).isEqualTo(PollutionGrade.B);
        assertThat(e.legacyCodeReason()).isEqualTo("试点代码");
        assertThat(e.updatedAt().toInstant()).isEqualTo(NOW.plusDays(1).toInstant());
    }

    // one refusal per test: PostgreSQL aborts the (rolled back) test transaction after an error

    @Test
    void databaseRefusesDuplicateCreditCodes() {
        repository.insert(row(1, "甲", A, "3911"), NOW);
        assertThatThrownBy(() -> repository.insert(row(1, "甲二", A, "3911"), NOW))
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void databaseRefusesUnknownCounties() {
        assertThatThrownBy(() -> repository.insert(row(2, "乙", "990199", "3911"), NOW))
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void databaseRefusesNonIndustrialDivisions() {
        assertThatThrownBy(() -> repository.insert(row(3, "丙", A, "4711"), NOW))
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void searchesByCountyDivisionTagsAndText() {
        repository.insert(row(1, "甲电子有限公司", A, "3911"), NOW);
        repository.insert(row(2, "乙食品有限公司", A, "1311"), NOW);
        repository.insert(row(3, "丙电子100%公司", B, "3912"), NOW);
        repository.insert(
                new EnterpriseRepository.Row(
                        code(4), "丁钢铁", B, "3110", "31", null, null, null, null, true, PollutionGrade.A, true),
                NOW);
        repository.insertChain(new IndustrialChain("ELEC", "电子信息", 1));
        repository.replaceChains(repository.findId(code(3)).orElseThrow(), List.of("ELEC"));

        assertThat(repository.count(filter())).isEqualTo(4);
        assertThat(repository.search(
                        new EnterpriseRepository.Filter(A, null, null, null, null, null, null, null), 20, 0))
                .extracting(Enterprise::creditCode)
                .containsExactly(code(1), code(2));
        assertThat(repository.search(
                        new EnterpriseRepository.Filter(null, null, "39", null, null, null, null, null), 20, 0))
                .extracting(Enterprise::creditCode)
                .containsExactly(code(1), code(3));
        assertThat(repository.search(
                        new EnterpriseRepository.Filter(null, null, null, true, null, null, null, null), 20, 0))
                .extracting(Enterprise::creditCode)
                .containsExactly(code(4));
        assertThat(repository.count(new EnterpriseRepository.Filter(null, null, null, null, true, null, null, null)))
                .isEqualTo(1);
        assertThat(repository.count(new EnterpriseRepository.Filter(null, null, null, null, null, "A", null, null)))
                .isEqualTo(1);
        assertThat(repository.search(
                        new EnterpriseRepository.Filter(null, null, null, null, null, null, "ELEC", null), 20, 0))
                .extracting(Enterprise::creditCode)
                .containsExactly(code(3));
        assertThat(repository.search(
                        new EnterpriseRepository.Filter(null, null, null, null, null, null, null, "电子"), 20, 0))
                .extracting(Enterprise::creditCode)
                .containsExactly(code(1), code(3));
        // LIKE wildcards in the search text are literal
        assertThat(repository.search(
                        new EnterpriseRepository.Filter(null, null, null, null, null, null, null, "100%"), 20, 0))
                .extracting(Enterprise::creditCode)
                .containsExactly(code(3));
        assertThat(repository.count(new EnterpriseRepository.Filter(null, null, null, null, null, null, null, "_")))
                .isZero();
        // credit code prefix, case-insensitive
        assertThat(repository.count(
                        new EnterpriseRepository.Filter(null, null, null, null, null, null, null, "91990102ma")))
                .isEqualTo(4);
        assertThat(repository.search(
                        new EnterpriseRepository.Filter(null, code(2), null, null, null, null, null, null), 20, 0))
                .extracting(Enterprise::creditCode)
                .containsExactly(code(2));
        // paging
        assertThat(repository.search(filter(), 2, 2))
                .extracting(Enterprise::creditCode)
                .containsExactly(code(3), code(4));
    }

    @Test
    void answersAboveSizeInAPeriod() {
        long first = repository.insert(row(1, "甲", A, "3911"), NOW);
        long second = repository.insert(row(2, "乙", B, "1311"), NOW);
        repository.insertAboveSize(
                first, new AboveSizePeriod(YearMonth.of(2020, 1), AboveSizeEntry.INITIAL, null, null));
        repository.insertAboveSize(
                second, new AboveSizePeriod(YearMonth.of(2024, 3), AboveSizeEntry.UPGRADE, null, null));
        assertThat(repository.closeAboveSize(first, YearMonth.of(2025, 1), "规模变小退出"))
                .isEqualTo(1);
        assertThat(repository.closeAboveSize(first, YearMonth.of(2025, 6), "again"))
                .isZero();

        assertThat(repository.aboveSizeIn(YearMonth.of(2019, 12), null)).isEmpty();
        assertThat(repository.aboveSizeIn(YearMonth.of(2024, 2), null)).containsExactly(code(1));
        assertThat(repository.aboveSizeIn(YearMonth.of(2024, 3), null)).containsExactly(code(1), code(2));
        assertThat(repository.aboveSizeIn(YearMonth.of(2024, 12), B)).containsExactly(code(2));
        assertThat(repository.aboveSizeIn(YearMonth.of(2025, 1), null)).containsExactly(code(2));

        assertThat(repository.aboveSize(first))
                .containsExactly(new AboveSizePeriod(
                        YearMonth.of(2020, 1), AboveSizeEntry.INITIAL, YearMonth.of(2025, 1), "规模变小退出"));
    }

    @Test
    void keepsChainMembership() {
        long id = repository.insert(row(1, "甲", A, "3911"), NOW);
        repository.insertChain(new IndustrialChain("ELEC", "电子信息", 2));
        repository.insertChain(new IndustrialChain("NEV", "新能源汽车", 1));
        repository.replaceChains(id, List.of("ELEC", "NEV"));
        assertThat(repository.chainsOf(id)).extracting(IndustrialChain::code).containsExactly("NEV", "ELEC");
        repository.replaceChains(id, List.of("ELEC"));
        assertThat(repository.chainsOf(id)).extracting(IndustrialChain::code).containsExactly("ELEC");
        repository.updateChain(new IndustrialChain("ELEC", "电子信息产业链", 3));
        assertThat(repository.findChain("ELEC")).contains(new IndustrialChain("ELEC", "电子信息产业链", 3));
        assertThat(repository.chains()).extracting(IndustrialChain::code).containsSubsequence("NEV", "ELEC");
    }
}
