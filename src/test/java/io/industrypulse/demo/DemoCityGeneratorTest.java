package io.industrypulse.demo;

import static org.assertj.core.api.Assertions.assertThat;

import io.industrypulse.enterprise.AboveSizeEntry;
import io.industrypulse.enterprise.CreditCode;
import io.industrypulse.enterprise.IndustrialChain;
import io.industrypulse.ingest.CanonicalPackage;
import io.industrypulse.ingest.CanonicalPackage.EnterpriseRow;
import io.industrypulse.ingest.CanonicalPackage.MonthlyRow;
import io.industrypulse.ingest.CanonicalPackage.RegionRow;
import io.industrypulse.ingest.CanonicalPackageWriter;
import io.industrypulse.ingest.CsvTable;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class DemoCityGeneratorTest {

    private static final DemoCity CITY = new DemoCityGenerator().generate();
    private static final CanonicalPackage DATA = CITY.data();

    /** SHA-256 of all CSV files of the default city; changes only when the generator is changed on purpose. */
    private static final String EXPECTED_SHA256 = "adcf790621bfd9e4e965c162404b60fdf74cedd6ed8e74adb064b950d9fa96d0";

    @Test
    void isDeterministic() throws Exception {
        DemoCity again = new DemoCityGenerator().generate();
        assertThat(again).isEqualTo(CITY);
        assertThat(sha256(again)).isEqualTo(sha256(CITY));
        assertThat(new DemoCityGenerator(7).generate().data().enterprises()).isNotEqualTo(DATA.enterprises());
    }

    @Test
    void csvOutputHashIsStable() throws Exception {
        assertThat(sha256(CITY)).isEqualTo(EXPECTED_SHA256);
    }

    @Test
    void cityHasTwelveCountiesWithGbt2260Codes() {
        assertThat(DATA.regions().get(0)).isEqualTo(new RegionRow("130000", "示例省", "province", null));
        assertThat(DATA.regions().get(1)).isEqualTo(new RegionRow("130100", "示例市", "city", "130000"));
        List<RegionRow> counties =
                DATA.regions().stream().filter(r -> r.level().equals("county")).toList();
        assertThat(counties).hasSize(12).allSatisfy(c -> {
            assertThat(c.code()).matches("1301\\d\\d");
            assertThat(c.parentCode()).isEqualTo("130100");
        });
        List<Integer> suffixes = counties.stream()
                .map(c -> Integer.parseInt(c.code().substring(4)))
                .toList();
        assertThat(suffixes.stream().filter(s -> s >= 1 && s <= 20)).hasSizeGreaterThanOrEqualTo(4);
        assertThat(suffixes.stream().filter(s -> s >= 21 && s <= 80)).hasSizeGreaterThanOrEqualTo(4);
        assertThat(suffixes.stream().filter(s -> s >= 81)).hasSize(1);
        for (RegionRow county : counties) {
            int suffix = Integer.parseInt(county.code().substring(4));
            assertThat(county.name()).endsWith(suffix <= 20 ? "区" : suffix <= 80 ? "县" : "市");
        }
    }

    @Test
    void enterprisesHaveValidUniqueCreditCodesAndNames() {
        assertThat(DATA.enterprises()).hasSizeBetween(1_400, 1_600);
        Set<String> codes = new TreeSet<>();
        Set<String> names = new TreeSet<>();
        for (EnterpriseRow e : DATA.enterprises()) {
            assertThat(CreditCode.isValid(e.creditCode())).as(e.creditCode()).isTrue();
            assertThat(e.creditCode()).startsWith("91" + e.countyCode());
            assertThat(CreditCodes.organizationCheck(e.creditCode().substring(8, 16)))
                    .isEqualTo(e.creditCode().charAt(16));
            assertThat(e.name()).endsWith("公司");
            codes.add(e.creditCode());
            names.add(e.name());
        }
        assertThat(codes).hasSize(DATA.enterprises().size());
        assertThat(names).hasSize(DATA.enterprises().size());
    }

    @Test
    void industriesSpanAtLeast25DivisionsWithClassesInside() {
        Set<String> divisions =
                DATA.enterprises().stream().map(EnterpriseRow::industryCode).collect(Collectors.toSet());
        assertThat(divisions)
                .hasSizeGreaterThanOrEqualTo(25)
                .allSatisfy(d -> assertThat(Integer.parseInt(d)).isBetween(6, 46));
        for (int i = 0; i < DATA.enterprises().size(); i++) {
            assertThat(CITY.profiles().get(i).creditCode())
                    .isEqualTo(DATA.enterprises().get(i).creditCode());
            assertThat(CITY.profiles().get(i).industryClass())
                    .startsWith(DATA.enterprises().get(i).industryCode())
                    .hasSize(4);
        }
    }

    @Test
    void afewLargeEnterprisesDominateEachCounty() {
        Map<String, List<BigDecimal>> outputByCounty = new HashMap<>();
        Map<String, String> county = countyByEnterprise();
        Map<String, BigDecimal> annual = new HashMap<>();
        for (MonthlyRow row : DATA.monthly()) {
            if (row.period().getYear() == 2025) {
                annual.merge(row.creditCode(), row.output(), BigDecimal::add);
            }
        }
        annual.forEach((code, output) -> outputByCounty
                .computeIfAbsent(county.get(code), c -> new ArrayList<>())
                .add(output));
        outputByCounty.forEach((code, outputs) -> {
            outputs.sort((a, b) -> b.compareTo(a));
            BigDecimal total = outputs.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
            BigDecimal topFive = outputs.subList(0, 5).stream().reduce(BigDecimal.ZERO, BigDecimal::add);
            assertThat(topFive.doubleValue() / total.doubleValue()).as(code).isGreaterThan(0.4);
        });
    }

    @Test
    void monthlyDataCovers22MonthsAndIsConsistent() {
        Set<YearMonth> periods = DATA.monthly().stream().map(MonthlyRow::period).collect(Collectors.toSet());
        assertThat(periods).hasSize(22);
        assertThat(new TreeSet<>(periods).first()).isEqualTo(YearMonth.of(2025, 1));
        assertThat(new TreeSet<>(periods).last()).isEqualTo(DemoCityGenerator.END);
        assertThat(DATA.monthly()).hasSizeBetween(30_000, 36_000);

        Map<String, MonthlyRow> byKey = new HashMap<>();
        for (MonthlyRow row : DATA.monthly()) {
            assertThat(byKey.put(row.period() + row.creditCode(), row)).isNull();
            assertThat(row.output().scale()).isEqualTo(2);
            assertThat(row.output().signum()).isPositive();
            assertThat(row.outputLy().signum()).isNotNegative();
            assertThat(row.revenue().signum()).isPositive();
            assertThat(row.electricity().signum()).isPositive();
        }
        int checked = 0;
        for (MonthlyRow row : DATA.monthly()) {
            if (row.period().getYear() == 2026) {
                MonthlyRow lastYear = byKey.get(row.period().minusYears(1) + row.creditCode());
                if (lastYear != null) {
                    assertThat(row.outputLy()).isEqualTo(lastYear.output());
                    checked++;
                }
            }
        }
        assertThat(checked).isGreaterThan(13_000);

        Map<String, YearMonth> since = new HashMap<>();
        DATA.enterprises().forEach(e -> since.put(e.creditCode(), e.aboveSizeSince()));
        assertThat(DATA.monthly())
                .allSatisfy(row -> assertThat(row.period()).isAfterOrEqualTo(since.get(row.creditCode())));
    }

    @Test
    void entrantsAndExitsShowInTheCanonicalData() {
        Map<String, List<MonthlyRow>> rows =
                DATA.monthly().stream().collect(Collectors.groupingBy(MonthlyRow::creditCode));
        Map<String, EnterpriseRow> enterprises = new HashMap<>();
        DATA.enterprises().forEach(e -> enterprises.put(e.creditCode(), e));
        Map<AboveSizeEntry, Long> kinds =
                CITY.profiles().stream().collect(Collectors.groupingBy(DemoProfile::entryKind, Collectors.counting()));
        assertThat(kinds.get(AboveSizeEntry.UPGRADE)).isBetween(60L, 150L);
        assertThat(kinds.get(AboveSizeEntry.NEW_PRODUCTION)).isBetween(5L, 30L);

        int exits = 0;
        for (DemoProfile profile : CITY.profiles()) {
            YearMonth since = enterprises.get(profile.creditCode()).aboveSizeSince();
            List<MonthlyRow> own = rows.getOrDefault(profile.creditCode(), List.of());
            switch (profile.entryKind()) {
                case INITIAL -> assertThat(since).isBefore(DemoCityGenerator.START);
                case UPGRADE -> {
                    assertThat(since).isIn(YearMonth.of(2025, 1), YearMonth.of(2026, 1));
                    assertThat(own)
                            .allSatisfy(r -> assertThat(r.outputLy().signum()).isPositive());
                }
                case NEW_PRODUCTION -> {
                    assertThat(since).isAfter(DemoCityGenerator.START);
                    assertThat(profile.productionStart()).isNotNull().isBeforeOrEqualTo(since);
                    assertThat(own.get(0).outputLy()).isEqualByComparingTo("0");
                }
            }
            if (profile.exitPeriod() != null) {
                exits++;
                assertThat(profile.exitReason()).isNotBlank();
                assertThat(own)
                        .isNotEmpty()
                        .allSatisfy(r -> assertThat(r.period()).isBefore(profile.exitPeriod()));
                assertThat(own.get(own.size() - 1).period())
                        .isEqualTo(profile.exitPeriod().minusMonths(1));
            } else {
                assertThat(own.get(own.size() - 1).period()).isEqualTo(DemoCityGenerator.END);
            }
        }
        assertThat(exits).isBetween(20, 80);
    }

    @Test
    void profilesCarryTagsGradesAndChains() {
        long key = CITY.profiles().stream().filter(DemoProfile::keyEnterprise).count();
        assertThat((double) key / CITY.profiles().size()).isBetween(0.07, 0.13);
        Set<String> chainCodes =
                CITY.chains().stream().map(IndustrialChain::code).collect(Collectors.toSet());
        assertThat(chainCodes).contains("NEV", "EIT", "BIO", "NMT", "HEQ");
        Map<String, Long> grades = new HashMap<>();
        for (DemoProfile p : CITY.profiles()) {
            assertThat(chainCodes).containsAll(p.chainCodes());
            if (p.airPolluting()) {
                assertThat(p.pollutionGrade()).isIn("A", "B", "C", "D");
                grades.merge(p.pollutionGrade(), 1L, Long::sum);
            } else {
                assertThat(p.pollutionGrade()).isNull();
            }
            if (p.winterLimited()) {
                assertThat(p.pollutionGrade()).isIn("C", "D");
            }
            assertThat(p.contactName()).hasSizeBetween(2, 3);
            assertThat(p.contactPhone()).matches("1[3589]\\d{9}");
        }
        assertThat(grades).containsOnlyKeys("A", "B", "C", "D");
        for (IndustrialChain chain : CITY.chains()) {
            assertThat(CITY.profiles().stream().filter(p -> p.chainCodes().contains(chain.code())))
                    .as(chain.name())
                    .hasSizeGreaterThan(10);
        }
        assertThat(CITY.profileTable().rows()).hasSize(CITY.profiles().size());
    }

    @Test
    void ratiosPricesTargetsAndBenchmarksArePlausible() {
        assertThat(DATA.vaRatios())
                .hasSize(2 * 33)
                .allSatisfy(v -> assertThat(v.vaRatio().doubleValue()).isBetween(0.18, 0.40));
        assertThat(DATA.ppi())
                .hasSize(22 * 33)
                .allSatisfy(p -> assertThat(p.ppiYoy().doubleValue()).isBetween(90.0, 108.0));
        assertThat(DATA.targets()).hasSize(2 * 13).allSatisfy(t -> {
            if (t.regionCode().equals("130100")) {
                assertThat(t.targetGrowth().doubleValue()).isBetween(5.5, 6.5);
            } else {
                assertThat(t.targetGrowth().doubleValue()).isBetween(4.5, 9.0);
            }
        });
        assertThat(DATA.benchmarks()).hasSize(2 * 22);
        // the city benchmark is the city's cumulative growth as published: recomputed here by the engine, not by the
        // generator's own calculator that produced it
        Map<YearMonth, Double> cityCum = new HashMap<>();
        for (int year : List.of(2025, 2026)) {
            int through = year;
            CanonicalPackage upToYear = new CanonicalPackage(
                    DATA.regions(),
                    DATA.enterprises(),
                    DATA.monthly().stream()
                            .filter(m -> m.period().getYear() <= through)
                            .toList(),
                    DATA.vaRatios(),
                    DATA.ppi(),
                    DATA.targets(),
                    DATA.benchmarks());
            io.industrypulse.engine.EngineResult result = io.industrypulse.engine.Engine.compute(
                    io.industrypulse.ingest.EngineInputMapping.map(upToYear).engineInput());
            for (int m = 1; m <= result.lastMonth(); m++) {
                int month = m;
                result.city().month(m).cumGrowth().ifPresent(g -> cityCum.put(YearMonth.of(through, month), g));
            }
        }
        List<CanonicalPackage.BenchmarkRow> city =
                DATA.benchmarks().stream().filter(b -> b.scope().equals("city")).toList();
        assertThat(city).hasSize(22);
        city.forEach(b -> assertThat(b.growthCum())
                .as(b.period().toString())
                .isEqualByComparingTo(published(cityCum.get(b.period()))));
    }

    @Test
    void springFestivalWinterLimitsAndTheQ4ShockShowInOutput() {
        Map<String, String> county = countyByEnterprise();
        // Spring Festival: January and February below March, city-wide
        double janFeb = output(YearMonth.of(2026, 1), c -> true) + output(YearMonth.of(2026, 2), c -> true);
        assertThat(janFeb / 2).isLessThan(0.9 * output(YearMonth.of(2026, 3), c -> true));
        // Q4 2025 shock: November well below October in the shocked counties only
        for (Catalog.County c : Catalog.COUNTIES) {
            Predicate<String> in = code -> c.code().equals(county.get(code));
            double ratio = output(YearMonth.of(2025, 11), in) / output(YearMonth.of(2025, 10), in);
            assertThat(ratio).as(c.name()).matches(r -> c.shock() ? r < 0.9 : r > 0.95);
        }
        // Winter production limits: December 2025 below October for limited enterprises, not for the others
        Set<String> limited = CITY.profiles().stream()
                .filter(DemoProfile::winterLimited)
                .map(DemoProfile::creditCode)
                .collect(Collectors.toSet());
        Predicate<String> unshocked = code ->
                Catalog.COUNTIES.stream().noneMatch(c -> c.shock() && c.code().equals(county.get(code)));
        Predicate<String> limitedUnshocked = unshocked.and(limited::contains);
        Predicate<String> freeUnshocked = unshocked.and(code -> !limited.contains(code));
        double limitedRatio =
                output(YearMonth.of(2025, 12), limitedUnshocked) / output(YearMonth.of(2025, 10), limitedUnshocked);
        double freeRatio =
                output(YearMonth.of(2025, 12), freeUnshocked) / output(YearMonth.of(2025, 10), freeUnshocked);
        assertThat(limited).hasSizeGreaterThan(20);
        assertThat(limitedRatio).isLessThan(freeRatio - 0.15);
    }

    /** DESIGN.md section 5 computed here independently: C = output * r / (ppi / 100), A = output_ly * r. */
    @Test
    void countiesSpreadOverEveryClassIn2026() {
        Map<String, String> county = countyByEnterprise();
        Map<String, String> division = new HashMap<>();
        DATA.enterprises().forEach(e -> division.put(e.creditCode(), e.industryCode()));
        Map<String, Double> ratio = new HashMap<>();
        DATA.vaRatios()
                .forEach(v -> ratio.put(v.year() + v.industryCode(), v.vaRatio().doubleValue()));
        Map<String, Double> ppi = new HashMap<>();
        DATA.ppi()
                .forEach(p -> ppi.put(p.period() + p.industryCode(), p.ppiYoy().doubleValue()));
        Map<String, double[]> sums = new HashMap<>();
        for (MonthlyRow row : DATA.monthly()) {
            if (row.period().getYear() != 2026) {
                continue;
            }
            String d = division.get(row.creditCode());
            double r = ratio.get(2026 + d);
            double[] s = sums.computeIfAbsent(county.get(row.creditCode()), c -> new double[2]);
            s[0] += row.output().doubleValue() * r / (ppi.get(row.period() + d) / 100);
            s[1] += row.outputLy().doubleValue() * r;
        }
        Map<String, Double> target = new HashMap<>();
        DATA.targets().stream()
                .filter(t -> t.year() == 2026)
                .forEach(t -> target.put(t.regionCode(), t.targetGrowth().doubleValue()));
        Map<String, Integer> classes = new HashMap<>();
        sums.forEach((code, s) -> {
            double growth = published((s[0] / s[1] - 1) * 100).doubleValue();
            String cls = growth >= target.get(code) ? "on_track" : growth >= 0 ? "below_target" : "negative";
            classes.merge(cls, 1, Integer::sum);
        });
        assertThat(classes.get("on_track")).isGreaterThanOrEqualTo(3);
        assertThat(classes.get("below_target")).isGreaterThanOrEqualTo(3);
        assertThat(classes.get("negative")).isBetween(1, 2);
    }

    private static BigDecimal published(double growth) {
        return new BigDecimal(growth).setScale(1, RoundingMode.HALF_UP);
    }

    private static double output(YearMonth period, Predicate<String> group) {
        return DATA.monthly().stream()
                .filter(r -> r.period().equals(period) && group.test(r.creditCode()))
                .mapToDouble(r -> r.output().doubleValue())
                .sum();
    }

    private static Map<String, String> countyByEnterprise() {
        Map<String, String> county = new HashMap<>();
        DATA.enterprises().forEach(e -> county.put(e.creditCode(), e.countyCode()));
        return county;
    }

    private static String sha256(DemoCity city) throws IOException, NoSuchAlgorithmException {
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        List<CsvTable> tables = new ArrayList<>(CanonicalPackageWriter.tables(city.data()));
        tables.add(city.profileTable());
        try (Writer out = new OutputStreamWriter(
                new DigestOutputStream(java.io.OutputStream.nullOutputStream(), digest), StandardCharsets.UTF_8)) {
            for (CsvTable table : tables) {
                out.write(table.fileName() + "\n");
                CanonicalPackageWriter.write(table, out);
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }
}
