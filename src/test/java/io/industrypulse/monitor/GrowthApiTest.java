package io.industrypulse.monitor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.industrypulse.demo.DemoCity;
import io.industrypulse.demo.DemoCityGenerator;
import io.industrypulse.demo.DemoProfile;
import io.industrypulse.engine.Engine;
import io.industrypulse.engine.EngineResult;
import io.industrypulse.engine.LabelledInput;
import io.industrypulse.ingest.CanonicalPackage;
import io.industrypulse.ingest.EngineInputMapping;
import io.industrypulse.statdata.StatDataService;
import io.industrypulse.statdata.VaRatio;
import io.industrypulse.support.WebSession;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The growth API on the demo city: figures read back from the database equal the engine's on the generated package,
 * a county user gets only its own county, and new data drop the cached snapshot.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
abstract class GrowthApiTest {

    private static final Pattern CUM =
            Pattern.compile("\"code\":\"(\\d{6})\",\"name\":\"[^\"]+\"[^}]*?\"cum_growth\":([-0-9.E]+)");

    private static final Pattern TAG =
            Pattern.compile("\"code\":\"([A-Za-z]+)\",\"name\":\"[^\"]+\"[^}]*?\"cum_growth\":([-0-9.E]+)");

    @LocalServerPort
    int port;

    @Autowired
    MonitorService monitor;

    @Autowired
    StatDataService statData;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    io.industrypulse.enterprise.EnterpriseService enterprises;

    /**
     * Editing an enterprise's county in the registry (the form, not an import) drops the snapshot: the next one has
     * the enterprise in its new county, and both counties' base moved by its last-year value added.
     */
    @Test
    void aRegistryEditDropsTheSnapshot() {
        GrowthSnapshot before = monitor.snapshot().orElseThrow();
        GrowthSnapshot.EnterpriseRef moved = before.enterprises().stream()
                .filter(e -> e.countyCode().equals("130102"))
                .findFirst()
                .orElseThrow();
        io.industrypulse.account.UserScope admin =
                new io.industrypulse.account.UserScope("admin", io.industrypulse.account.Role.CITY_ADMIN, "130100");
        var user = new io.industrypulse.account.AccountUser(admin, "unused", true, true);
        org.springframework.security.core.context.SecurityContextHolder.getContext()
                .setAuthentication(
                        org.springframework.security.authentication.UsernamePasswordAuthenticationToken.authenticated(
                                user, null, user.getAuthorities()));
        io.industrypulse.enterprise.EnterpriseForm form = io.industrypulse.enterprise.EnterpriseForm.of(
                enterprises.find(moved.creditCode(), admin).orElseThrow());
        try {
            enterprises.update(moved.creditCode(), withCounty(form, "130103"), admin);
            GrowthSnapshot after = monitor.snapshot().orElseThrow();
            assertThat(after).isNotSameAs(before);
            assertThat(after.enterprises().stream()
                            .filter(e -> e.creditCode().equals(moved.creditCode()))
                            .findFirst()
                            .orElseThrow()
                            .countyCode())
                    .isEqualTo("130103");
            int from = before.labels().countyCodes().indexOf("130102");
            int to = before.labels().countyCodes().indexOf("130103");
            int month = before.result().lastMonth();
            double baseFrom = before.result().county(from).month(month).baseCum();
            double baseTo = before.result().county(to).month(month).baseCum();
            double movedFrom = after.result().county(from).month(month).baseCum();
            double movedTo = after.result().county(to).month(month).baseCum();
            // what one county lost the other gained, and it is not nothing
            assertThat(baseFrom - movedFrom).isPositive().isCloseTo(movedTo - baseTo, within(1e-6));
        } finally {
            enterprises.update(moved.creditCode(), form, admin);
            org.springframework.security.core.context.SecurityContextHolder.clearContext();
        }
        assertThat(monitor.snapshot().orElseThrow().enterprises().stream()
                        .filter(e -> e.creditCode().equals(moved.creditCode()))
                        .findFirst()
                        .orElseThrow()
                        .countyCode())
                .isEqualTo("130102");
    }

    private static io.industrypulse.enterprise.EnterpriseForm withCounty(
            io.industrypulse.enterprise.EnterpriseForm f, String county) {
        return new io.industrypulse.enterprise.EnterpriseForm(
                f.creditCode(),
                f.name(),
                county,
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
                f.legacyCodeReason());
    }

    @Test
    void countyFiguresFromTheDatabaseEqualTheEngineOnTheGeneratedPackage() {
        LabelledInput input =
                EngineInputMapping.map(new DemoCityGenerator().generate().data());
        EngineResult expected = Engine.compute(input.engineInput());
        String body = new WebSession(port)
                .getBasic("/api/v1/growth?period=2026-10&group=county", "analyst", "Demo-City-2026")
                .body();
        var matches = CUM.matcher(body).results().toList();
        assertThat(matches).hasSize(input.countyCodes().size());
        for (var match : matches) {
            int k = input.countyCodes().indexOf(match.group(1));
            assertThat(Double.parseDouble(match.group(2)))
                    .isCloseTo(expected.county(k).month(10).cumGrowth().getAsDouble(), within(1e-9));
        }
    }

    @Test
    void chainAndKeyEnterpriseGroupsEqualTheEngineOnTheGeneratedMembership() {
        DemoCity city = new DemoCityGenerator().generate();
        Map<String, List<String>> tags = new LinkedHashMap<>();
        tags.put(
                "key",
                city.profiles().stream()
                        .filter(DemoProfile::keyEnterprise)
                        .map(DemoProfile::creditCode)
                        .toList());
        for (var chain : city.chains()) {
            tags.put(
                    "chain:" + chain.code(),
                    city.profiles().stream()
                            .filter(p -> p.chainCodes().contains(chain.code()))
                            .map(DemoProfile::creditCode)
                            .toList());
        }
        LabelledInput input = EngineInputMapping.map(city.data(), tags);
        EngineResult expected = Engine.compute(input.engineInput());
        WebSession session = new WebSession(port);
        for (String group : List.of("chain", "key")) {
            String body = session.getBasic(
                            "/api/v1/growth?period=2026-10&group=" + group, "county130102", "Demo-City-2026")
                    .body();
            var matches = TAG.matcher(body).results().toList();
            assertThat(matches).hasSize(group.equals("key") ? 1 : city.chains().size());
            for (var match : matches) {
                String name = group.equals("key") ? "key" : "chain:" + match.group(1);
                int t = input.tagNames().indexOf(name);
                assertThat(Double.parseDouble(match.group(2)))
                        .as(name)
                        .isCloseTo(expected.tag(t).month(10).cumGrowth().getAsDouble(), within(1e-9));
            }
        }
    }

    @Test
    void aPreviousYearIsComputedFromItsOwnRows() {
        CanonicalPackage data = new DemoCityGenerator().generate().data();
        CanonicalPackage only2025 = new CanonicalPackage(
                data.regions(),
                data.enterprises(),
                data.monthly().stream()
                        .filter(m -> m.period().getYear() == 2025)
                        .toList(),
                data.vaRatios(),
                data.ppi(),
                data.targets(),
                data.benchmarks());
        LabelledInput input = EngineInputMapping.map(only2025);
        EngineResult expected = Engine.compute(input.engineInput());
        String body = new WebSession(port)
                .getBasic("/api/v1/growth?period=2025-12&group=county", "analyst", "Demo-City-2026")
                .body();
        var matches = CUM.matcher(body).results().toList();
        assertThat(matches).hasSize(input.countyCodes().size());
        for (var match : matches) {
            int k = input.countyCodes().indexOf(match.group(1));
            assertThat(Double.parseDouble(match.group(2)))
                    .isCloseTo(expected.county(k).month(12).cumGrowth().getAsDouble(), within(1e-9));
        }
    }

    @Test
    void countyUserGetsEveryCountysAggregatesButOnlyItsOwnEnterprisesAndBadParametersAreExplained() {
        WebSession session = new WebSession(port);
        String body = session.getBasic("/api/v1/growth?period=2026-10&group=county", "county130102", "Demo-City-2026")
                .body();
        // the counties' growth is the ranking's, public to every role (DESIGN.md section 1): all twelve
        List<String> codes = CUM.matcher(body).results().map(m -> m.group(1)).toList();
        assertThat(codes).hasSize(12).contains("130102", "130103").doesNotHaveDuplicates();
        assertThat(body)
                .contains("\"rank\"")
                .contains("\"required_rest_growth\"")
                .contains("\"new_production\"");
        assertThat(Pattern.compile("\"county_code\":\"(\\d{6})\"")
                        .matcher(body)
                        .results()
                        .map(m -> m.group(1))
                        .distinct())
                .allMatch("130102"::equals);
        var city = session.getBasic("/api/v1/growth?period=2026-10&group=city", "county130102", "Demo-City-2026");
        assertThat(city.statusCode()).isEqualTo(200);
        assertThat(city.body()).contains("\"group\":\"city:130100\"");
        assertThat(session.getBasic("/api/v1/growth?period=2026-13&group=county", "analyst", "Demo-City-2026")
                        .statusCode())
                .isEqualTo(400);
        assertThat(session.getBasic("/api/v1/growth?period=2024-10&group=county", "analyst", "Demo-City-2026")
                        .statusCode())
                .isEqualTo(404);
        assertThat(session.getBasic("/api/v1/growth?period=2026-11&group=county", "analyst", "Demo-City-2026")
                        .statusCode())
                .isEqualTo(404);
        assertThat(session.getBasic("/api/v1/growth?period=2026-10&group=planet", "analyst", "Demo-City-2026")
                        .statusCode())
                .isEqualTo(400);
    }

    @Test
    void newDataDropTheCachedSnapshot() {
        GrowthSnapshot before = monitor.snapshot().orElseThrow();
        assertThat(monitor.snapshot().orElseThrow()).isSameAs(before);
        VaRatio ratio = statData.vaRatios(java.time.Year.of(2026), java.time.Year.of(2026))
                .get(0);
        transaction.executeWithoutResult(status -> statData.storeVaRatios(List.of(
                new VaRatio(ratio.year(), ratio.divisionCode(), ratio.ratio().add(new BigDecimal("0.0001"))))));
        GrowthSnapshot after = monitor.snapshot().orElseThrow();
        assertThat(after).isNotSameAs(before);
        transaction.executeWithoutResult(status -> statData.storeVaRatios(List.of(ratio)));
    }

    @Test
    void aMonthWithoutPpiIsLeftOutInsteadOfFailingEveryPage() {
        var row = statData.monthly(java.time.YearMonth.of(2026, 10), java.time.YearMonth.of(2026, 10))
                .get(0);
        java.time.YearMonth december = java.time.YearMonth.of(2026, 12);
        transaction.executeWithoutResult(
                status -> statData.storeMonthly(List.of(new io.industrypulse.statdata.MonthlyRow(
                        december, row.creditCode(), row.output(), row.outputLy(), row.revenue(), row.electricity()))));
        try {
            WebSession session = new WebSession(port);
            assertThat(session.getBasic("/api/v1/growth?period=2026-10&group=city", "analyst", "Demo-City-2026")
                            .statusCode())
                    .isEqualTo(200);
            assertThat(session.getBasic("/api/v1/growth?period=2026-12&group=city", "analyst", "Demo-City-2026")
                            .statusCode())
                    .isEqualTo(404);
        } finally {
            transaction.executeWithoutResult(status -> statData.replaceMonthly(december, december, List.of()));
        }
    }
}
