package io.industrypulse.demo;

import io.industrypulse.demo.Catalog.County;
import io.industrypulse.demo.Catalog.Division;
import io.industrypulse.enterprise.AboveSizeEntry;
import io.industrypulse.enterprise.CreditCode;
import io.industrypulse.enterprise.IndustrialChain;
import io.industrypulse.ingest.CanonicalPackage;
import io.industrypulse.ingest.CanonicalPackage.BenchmarkRow;
import io.industrypulse.ingest.CanonicalPackage.EnterpriseRow;
import io.industrypulse.ingest.CanonicalPackage.MonthlyRow;
import io.industrypulse.ingest.CanonicalPackage.PpiRow;
import io.industrypulse.ingest.CanonicalPackage.RegionRow;
import io.industrypulse.ingest.CanonicalPackage.TargetRow;
import io.industrypulse.ingest.CanonicalPackage.VaRatioRow;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Generates the demo city 示例市 (130100, in 示例省 130000): 12 counties, about 1,500 above-size enterprises in more
 * than 25 industrial divisions and monthly data {@link #START}..{@link #END} in the canonical format.
 *
 * <p>Deterministic: one {@link SplittableRandom} with a fixed seed, consumed in list order, {@link StrictMath} and
 * exact {@link BigDecimal} rounding, so every run on every machine gives the same package.
 *
 * <p>The scenario (docs/demo-data.md): each county has a designed real growth per year, so that in 2026 some counties
 * are on track, some positive but below target and two negative; a Q4 2025 shock hits three counties; grade C/D
 * air-polluting enterprises lose output in heavy-pollution winter months; 小升规 entrants join in January 2025 and
 * January 2026, new plants join by the monthly batch with no base, and a few enterprises leave (退规) and stop
 * reporting. Output at current prices is volume x season x price level, where the price level follows the division's
 * PPI, so deflating by the published PPI (DESIGN.md section 5) recovers the designed volume growth.
 */
public final class DemoCityGenerator {

    public static final long DEFAULT_SEED = 20_261_031L;

    /** First month of monthly data. */
    public static final YearMonth START = YearMonth.of(2025, 1);

    /** Last month of monthly data; the demo's current year is 2026. */
    public static final YearMonth END = YearMonth.of(2026, 10);

    /** The synthetic year before {@link #START} that gives the 2025 rows their {@code output_ly}. */
    static final YearMonth MODEL_START = YearMonth.of(2024, 1);

    static final int MODEL_MONTHS = 34;

    private final long seed;

    public DemoCityGenerator() {
        this(DEFAULT_SEED);
    }

    public DemoCityGenerator(long seed) {
        this.seed = seed;
    }

    /** Generates the city; the same seed always gives an equal result. */
    public DemoCity generate() {
        return new Run(new SplittableRandom(seed)).generate();
    }

    static int index(YearMonth period) {
        return (period.getYear() - MODEL_START.getYear()) * 12 + period.getMonthValue() - 1;
    }

    /** One generation: mutable working state, discarded afterwards. */
    private static final class Run {

        private final SplittableRandom random;
        private final Set<String> codes = new HashSet<>();
        private final Set<String> names = new HashSet<>();
        private final List<Firm> firms = new ArrayList<>();
        /** PPI by division (catalog order) and month index from START, one decimal. */
        private final BigDecimal[][] ppi = new BigDecimal[Catalog.DIVISIONS.size()][22];
        /** Value-added ratio by division (catalog order) for 2025 and 2026. */
        private final BigDecimal[][] vaRatio = new BigDecimal[Catalog.DIVISIONS.size()][2];

        Run(SplittableRandom random) {
            this.random = random;
        }

        DemoCity generate() {
            prices();
            for (County county : Catalog.COUNTIES) {
                enterprises(county);
            }
            for (Firm firm : firms) {
                series(firm);
            }
            tags();
            return assemble();
        }

        // ----------------------------------------------------------------------------------------- prices, ratios

        private void prices() {
            for (int d = 0; d < Catalog.DIVISIONS.size(); d++) {
                Division division = Catalog.DIVISIONS.get(d);
                for (int k = 0; k < 22; k++) {
                    double shift = StrictMath.min(1.0, StrictMath.max(0.0, (k - 6) / 12.0));
                    double value =
                            division.ppi2025() + (division.ppi2026() - division.ppi2025()) * shift + uniform(-0.5, 0.5);
                    ppi[d][k] = round(value, 1);
                }
                double ratio2025 = clamp(division.vaRatio() + uniform(-0.01, 0.01), 0.18, 0.40);
                double ratio2026 = clamp(ratio2025 + uniform(-0.008, 0.008), 0.18, 0.40);
                vaRatio[d][0] = round(ratio2025, 4);
                vaRatio[d][1] = round(ratio2026, 4);
            }
        }

        /** Price level of a division relative to the same month of 2024. */
        private double priceLevel(int division, int monthIndex) {
            int year = monthIndex / 12;
            int month = monthIndex % 12;
            if (year == 0) {
                return 1.0;
            }
            double level = ppi[division][month].doubleValue() / 100;
            if (year == 2) {
                level *= ppi[division][12 + month].doubleValue() / 100;
            }
            return level;
        }

        // ----------------------------------------------------------------------------------------- enterprises

        private void enterprises(County county) {
            List<Firm> initial = new ArrayList<>();
            for (String anchor : county.anchors()) {
                Firm firm = firm(county, division(anchor), true);
                firm.size = uniform(150_000, 700_000);
                initial.add(firm);
            }
            while (initial.size() < county.enterprises()) {
                Firm firm = firm(county, pickDivision(county), false);
                firm.size = StrictMath.min(120_000, 2_400 * StrictMath.pow(1 - random.nextDouble(), -1 / 1.2));
                initial.add(firm);
            }
            for (Firm firm : initial) {
                firm.entryKind = AboveSizeEntry.INITIAL;
                int year = 2005 + random.nextInt(20);
                firm.aboveSizeSince = YearMonth.of(year, random.nextDouble() < 0.8 ? 1 : 1 + random.nextInt(12));
                firm.growth2025 = county.growth2025() + gaussian(firm.anchor ? 0.012 : 0.06);
                firm.growth2026 = county.growth2026() + gaussian(firm.anchor ? 0.012 : 0.06);
            }
            exits(county, initial);
            firms.addAll(initial);
            upgrades(county, YearMonth.of(2025, 1), (int) StrictMath.round(county.enterprises() * 0.035));
            upgrades(county, YearMonth.of(2026, 1), (int) StrictMath.round(county.enterprises() * 0.045));
            newProduction(county);
        }

        /** Annual exits (规模变小, effective January 2026) and closures during the period, among small firms. */
        private void exits(County county, List<Firm> initial) {
            int annual = (int) StrictMath.round(county.enterprises() * 0.025);
            int closures = StrictMath.max(1, (int) StrictMath.round(county.enterprises() * 0.006));
            List<Firm> small = new ArrayList<>();
            for (Firm firm : initial) {
                if (!firm.anchor && firm.size < 6_000) {
                    small.add(firm);
                }
            }
            for (int i = 0; i < annual + closures && !small.isEmpty(); i++) {
                Firm firm = small.remove(random.nextInt(small.size()));
                if (i < annual) {
                    firm.exitPeriod = YearMonth.of(2026, 1);
                    firm.exitReason = "规模变小退出调查范围";
                    firm.growth2025 = uniform(-0.35, -0.15);
                } else {
                    firm.exitPeriod = START.plusMonths(4 + random.nextInt(16));
                    firm.exitReason = pick(List.of("停产关闭", "注销", "迁出本市"));
                    firm.growth2025 = uniform(-0.30, -0.10);
                    firm.growth2026 = uniform(-0.40, -0.20);
                }
            }
        }

        /** 小升规 by the annual batch: below-scale the year before, strong growth into the entry year. */
        private void upgrades(County county, YearMonth since, int count) {
            for (int i = 0; i < count; i++) {
                Firm firm = firm(county, pickDivision(county), false);
                firm.entryKind = AboveSizeEntry.UPGRADE;
                firm.aboveSizeSince = since;
                if (since.getYear() == 2025) {
                    firm.size = uniform(1_400, 1_950);
                    firm.growth2025 = uniform(0.25, 0.70);
                    firm.growth2026 = county.growth2026() + uniform(0.0, 0.15);
                } else {
                    firm.size = uniform(1_000, 1_500);
                    firm.growth2025 = uniform(0.30, 0.60);
                    firm.growth2026 = uniform(0.20, 0.60);
                }
                firms.add(firm);
            }
        }

        /** One new plant per county by the monthly batch: no output a year before, so its base is 0. */
        private void newProduction(County county) {
            Firm firm = firm(county, pickDivision(county), false);
            firm.entryKind = AboveSizeEntry.NEW_PRODUCTION;
            firm.aboveSizeSince = START.plusMonths(2 + random.nextInt(19));
            firm.productionStart = firm.aboveSizeSince.minusMonths(random.nextInt(3));
            firm.size = uniform(3_000, 20_000);
            firm.growth2025 = 0;
            firm.growth2026 = county.growth2026();
            firms.add(firm);
        }

        private Firm firm(County county, int division, boolean anchor) {
            Firm firm = new Firm(county, division, anchor);
            Division d = Catalog.DIVISIONS.get(division);
            firm.classIndex = random.nextInt(d.classes().size());
            firm.creditCode = creditCode(county);
            firm.name = name(county, d, firm.classIndex, anchor);
            firm.revenueRatio = uniform(0.88, 1.05);
            firm.electricityFactor = uniform(0.7, 1.3);
            return firm;
        }

        private int pickDivision(County county) {
            double[] weights = new double[Catalog.DIVISIONS.size()];
            double total = 0;
            for (int d = 0; d < weights.length; d++) {
                String code = Catalog.DIVISIONS.get(d).code();
                double weight = county.specialties().contains(code)
                        ? 6
                        : code.equals("06") || code.equals("08") ? 0 : code.equals("25") ? 0.2 : 1;
                weights[d] = weight;
                total += weight;
            }
            double r = random.nextDouble() * total;
            for (int d = 0; d < weights.length; d++) {
                r -= weights[d];
                if (r < 0) {
                    return d;
                }
            }
            return weights.length - 1;
        }

        private static int division(String code) {
            for (int d = 0; d < Catalog.DIVISIONS.size(); d++) {
                if (Catalog.DIVISIONS.get(d).code().equals(code)) {
                    return d;
                }
            }
            throw new IllegalArgumentException("Unknown division " + code);
        }

        private String creditCode(County county) {
            while (true) {
                StringBuilder body = new StringBuilder(8);
                for (int i = 0; i < 8; i++) {
                    // organization codes are mostly digits; later ones (from 2015 on) often start with letters
                    boolean letter = i < 3 && random.nextDouble() < 0.3;
                    body.append(
                            letter
                                    ? CreditCode.CHARSET.charAt(10 + random.nextInt(21))
                                    : (char) ('0' + random.nextInt(10)));
                }
                String code = CreditCodes.enterprise(county.code(), body.toString());
                if (codes.add(code)) {
                    return code;
                }
            }
        }

        private String name(County county, Division division, int classIndex, boolean anchor) {
            String chars = Catalog.TRADE_NAME_CHARACTERS;
            while (true) {
                double p = random.nextDouble();
                String prefix = p < 0.2 ? "示例" : p < 0.55 ? county.shortName() : "";
                char first = chars.charAt(random.nextInt(chars.length()));
                char second = chars.charAt(random.nextInt(chars.length()));
                if (first == second) {
                    continue;
                }
                String word = pick(division.words(classIndex));
                double s = random.nextDouble();
                String suffix =
                        anchor ? (s < 0.5 ? "集团有限公司" : "股份有限公司") : s < 0.75 ? "有限公司" : s < 0.87 ? "有限责任公司" : "股份有限公司";
                String name = prefix + first + second + word + suffix;
                if (names.add(name)) {
                    return name;
                }
            }
        }

        // ----------------------------------------------------------------------------------------- monthly series

        /**
         * Output at current prices for every month 2024-01..2026-10 (0 before production starts), rounded to 万元
         * with two decimals once, so that {@code output_ly} of a month is exactly the output of the same month a year
         * earlier.
         */
        private void series(Firm firm) {
            Division division = Catalog.DIVISIONS.get(firm.division);
            firm.airPolluting = Catalog.AIR_POLLUTING_CLASSES.contains(firm.classCode());
            if (firm.airPolluting) {
                double g = random.nextDouble();
                firm.grade = firm.anchor
                        ? (g < 0.35 ? "A" : g < 0.85 ? "B" : "C")
                        : (g < 0.08 ? "A" : g < 0.40 ? "B" : g < 0.82 ? "C" : "D");
                double l = random.nextDouble();
                firm.winterLimited = firm.grade.equals("D") ? l < 0.9 : firm.grade.equals("C") && l < 0.6;
            }
            double noise = firm.anchor ? 0.02 : 0.035;
            for (int k = 0; k < MODEL_MONTHS; k++) {
                YearMonth period = MODEL_START.plusMonths(k);
                int year = k / 12;
                double level = firm.size / 12;
                if (year >= 1) {
                    level *= 1 + firm.growth2025;
                }
                if (year == 2) {
                    level *= 1 + firm.growth2026;
                }
                double volume = level
                        * season(division, period)
                        * StrictMath.exp(gaussian(noise))
                        * limit(firm, period)
                        * shock(firm, division, period)
                        * ramp(firm, period);
                double output = volume * priceLevel(firm.division, k);
                firm.output[k] = round(output, 2);
                firm.revenue[k] = round(output * firm.revenueRatio * StrictMath.exp(gaussian(0.03)), 2);
                firm.electricity[k] = round(
                        volume
                                * division.electricityIntensity()
                                * firm.electricityFactor
                                * StrictMath.exp(gaussian(0.05)),
                        2);
            }
        }

        /** Monthly profile: the Spring Festival (2024-02-10, 2025-01-29, 2026-02-17) moves output between Jan and Feb. */
        private static double season(Division division, YearMonth period) {
            int m = period.getMonthValue();
            if (division.utility()) {
                return new double[] {1.22, 1.10, 1.02, 0.90, 0.88, 0.95, 1.05, 1.05, 0.90, 0.92, 1.05, 1.20}[m - 1];
            }
            if (m == 1 || m == 2) {
                double[] janFeb = switch (period.getYear()) {
                    case 2024 -> new double[] {0.80, 0.70};
                    case 2025 -> new double[] {0.76, 0.74};
                    default -> new double[] {0.82, 0.67};
                };
                return janFeb[m - 1];
            }
            return new double[] {0, 0, 1.03, 1.00, 1.02, 1.07, 0.97, 0.98, 1.04, 0.98, 1.04, 1.14}[m - 1];
        }

        /** Heavy-pollution months: grade C/D enterprises with {@code winterLimited} limit or stop lines. */
        private static double limit(Firm firm, YearMonth period) {
            if (!firm.winterLimited) {
                return 1;
            }
            double severity = switch (period.toString()) {
                case "2024-01", "2026-02" -> 0.8;
                case "2024-02", "2025-02" -> 0.6;
                case "2024-12", "2025-01", "2026-01" -> 1.0;
                case "2025-11" -> 0.7;
                case "2025-12" -> 1.2;
                default -> 0;
            };
            double cut = ("D".equals(firm.grade) ? 0.45 : 0.22) * severity;
            return 1 - cut;
        }

        /** The Q4 2025 epidemic-style shock in the counties flagged for it; utilities keep running. */
        private static double shock(Firm firm, Division division, YearMonth period) {
            if (!firm.county.shock() || division.utility() || period.getYear() != 2025) {
                return 1;
            }
            return switch (period.getMonthValue()) {
                case 10 -> 0.94;
                case 11 -> 0.76;
                case 12 -> 0.87;
                default -> 1;
            };
        }

        /** A new plant ramps up over its first three months. */
        private static double ramp(Firm firm, YearMonth period) {
            if (firm.productionStart == null) {
                return 1;
            }
            long months = firm.productionStart.until(period, java.time.temporal.ChronoUnit.MONTHS);
            return months < 0 ? 0 : months == 0 ? 0.35 : months == 1 ? 0.65 : months == 2 ? 0.85 : 1;
        }

        // ----------------------------------------------------------------------------------------- profile data

        private void tags() {
            for (County county : Catalog.COUNTIES) {
                List<Firm> inCounty = new ArrayList<>();
                for (Firm firm : firms) {
                    if (firm.county == county) {
                        inCounty.add(firm);
                    }
                }
                inCounty.sort(Comparator.comparingDouble((Firm f) -> -f.size).thenComparing(f -> f.creditCode));
                int key = (int) StrictMath.ceil(inCounty.size() * 0.07);
                for (int i = 0; i < inCounty.size(); i++) {
                    Firm firm = inCounty.get(i);
                    if (i < key || random.nextDouble() < 0.02) {
                        firm.tags.add(DemoProfile.KEY_ENTERPRISE);
                    }
                }
            }
            for (Firm firm : firms) {
                String division = Catalog.DIVISIONS.get(firm.division).code();
                boolean manufacturing = division.compareTo("26") >= 0 && division.compareTo("40") <= 0;
                if (manufacturing && !firm.anchor && random.nextDouble() < 0.08) {
                    firm.tags.add(DemoProfile.SPECIALIZED);
                }
                boolean technology = List.of("27", "35", "38", "39", "40").contains(division);
                if (random.nextDouble() < (technology ? 0.4 : 0.1)) {
                    firm.tags.add(DemoProfile.HIGH_TECH);
                }
                for (Catalog.Chain chain : Catalog.CHAINS) {
                    if (chain.classes().contains(firm.classCode()) && random.nextDouble() < 0.85) {
                        firm.chains.add(chain.chain().code());
                    }
                }
                firm.contactName = Catalog.SURNAMES.charAt(random.nextInt(Catalog.SURNAMES.length()))
                        + given()
                        + (random.nextDouble() < 0.7 ? given() : "");
                StringBuilder phone = new StringBuilder("1").append("3589".charAt(random.nextInt(4)));
                for (int i = 0; i < 9; i++) {
                    phone.append((char) ('0' + random.nextInt(10)));
                }
                firm.contactPhone = phone.toString();
            }
        }

        private String given() {
            return String.valueOf(
                    Catalog.GIVEN_NAME_CHARACTERS.charAt(random.nextInt(Catalog.GIVEN_NAME_CHARACTERS.length())));
        }

        // ----------------------------------------------------------------------------------------- assembly

        private DemoCity assemble() {
            List<RegionRow> regions = new ArrayList<>();
            regions.add(new RegionRow(Catalog.PROVINCE_CODE, Catalog.PROVINCE_NAME, "province", null));
            regions.add(new RegionRow(Catalog.CITY_CODE, Catalog.CITY_NAME, "city", Catalog.PROVINCE_CODE));
            for (County county : Catalog.COUNTIES) {
                regions.add(new RegionRow(county.code(), county.name(), "county", Catalog.CITY_CODE));
            }

            List<EnterpriseRow> enterprises = new ArrayList<>();
            List<DemoProfile> profiles = new ArrayList<>();
            for (Firm firm : firms) {
                enterprises.add(new EnterpriseRow(
                        firm.creditCode,
                        firm.name,
                        firm.county.code(),
                        Catalog.DIVISIONS.get(firm.division).code(),
                        firm.aboveSizeSince));
                profiles.add(new DemoProfile(
                        firm.creditCode,
                        firm.classCode(),
                        firm.tags,
                        firm.airPolluting,
                        firm.grade,
                        firm.winterLimited,
                        firm.chains,
                        firm.entryKind,
                        firm.productionStart,
                        firm.exitPeriod,
                        firm.exitReason,
                        firm.contactName,
                        firm.contactPhone));
            }

            List<Firm> byCode = new ArrayList<>(firms);
            byCode.sort(Comparator.comparing(f -> f.creditCode));
            List<MonthlyRow> monthly = new ArrayList<>();
            for (YearMonth period = START; !period.isAfter(END); period = period.plusMonths(1)) {
                int k = index(period);
                for (Firm firm : byCode) {
                    if (firm.reports(period)) {
                        monthly.add(new MonthlyRow(
                                period,
                                firm.creditCode,
                                firm.output[k],
                                firm.output[k - 12],
                                firm.revenue[k],
                                firm.electricity[k]));
                    }
                }
            }

            List<VaRatioRow> vaRatios = new ArrayList<>();
            for (int y = 0; y < 2; y++) {
                for (int d = 0; d < Catalog.DIVISIONS.size(); d++) {
                    vaRatios.add(
                            new VaRatioRow(2025 + y, Catalog.DIVISIONS.get(d).code(), vaRatio[d][y]));
                }
            }
            List<PpiRow> ppiRows = new ArrayList<>();
            for (int k = 0; k < 22; k++) {
                for (int d = 0; d < Catalog.DIVISIONS.size(); d++) {
                    ppiRows.add(new PpiRow(
                            START.plusMonths(k), Catalog.DIVISIONS.get(d).code(), ppi[d][k]));
                }
            }
            List<TargetRow> targets = new ArrayList<>();
            for (int year = 2025; year <= 2026; year++) {
                targets.add(new TargetRow(
                        year,
                        Catalog.CITY_CODE,
                        round(year == 2025 ? Catalog.CITY_TARGET_2025 : Catalog.CITY_TARGET_2026, 1)));
                for (County county : Catalog.COUNTIES) {
                    targets.add(new TargetRow(
                            year, county.code(), round(year == 2025 ? county.target2025() : county.target2026(), 1)));
                }
            }
            CanonicalPackage withoutBenchmarks =
                    new CanonicalPackage(regions, enterprises, monthly, vaRatios, ppiRows, targets, List.of());
            List<BenchmarkRow> benchmarks = benchmarks(withoutBenchmarks);
            CanonicalPackage data =
                    new CanonicalPackage(regions, enterprises, monthly, vaRatios, ppiRows, targets, benchmarks);
            List<IndustrialChain> chains = new ArrayList<>();
            for (Catalog.Chain chain : Catalog.CHAINS) {
                chains.add(chain.chain());
            }
            return new DemoCity(data, profiles, chains);
        }

        /**
         * The province's published cumulative growth (a smooth path around 6.0% in 2025 and 5.6% in 2026) and the
         * city's, which is the city's own same-scope growth (DESIGN.md section 5) as published, one decimal.
         */
        private List<BenchmarkRow> benchmarks(CanonicalPackage data) {
            GrowthCalculator growth = new GrowthCalculator(data);
            List<BenchmarkRow> rows = new ArrayList<>();
            double province = 6.1;
            for (YearMonth period = START; !period.isAfter(END); period = period.plusMonths(1)) {
                if (period.getMonthValue() == 1) {
                    province = period.getYear() == 2025 ? 6.1 : 5.5;
                }
                province = clamp(province + uniform(-0.25, 0.25), 4.8, 6.8);
                rows.add(new BenchmarkRow(period, "province", round(province, 1)));
                double city = growth.cumulative(period, code -> true);
                rows.add(new BenchmarkRow(period, "city", round(city, 1)));
            }
            return rows;
        }

        // ----------------------------------------------------------------------------------------- random helpers

        private double uniform(double from, double to) {
            return from + (to - from) * random.nextDouble();
        }

        /** Box-Muller with {@link StrictMath}, so values do not depend on the JDK's gaussian algorithm. */
        private double gaussian(double sd) {
            double u1 = 1 - random.nextDouble();
            double u2 = random.nextDouble();
            return sd * StrictMath.sqrt(-2 * StrictMath.log(u1)) * StrictMath.cos(2 * StrictMath.PI * u2);
        }

        private <T> T pick(List<T> list) {
            return list.get(random.nextInt(list.size()));
        }

        private static double clamp(double value, double min, double max) {
            return StrictMath.max(min, StrictMath.min(max, value));
        }
    }

    /** Exact rounding half-up of a double (its binary value, not its decimal string). */
    static BigDecimal round(double value, int scale) {
        return new BigDecimal(value).setScale(scale, RoundingMode.HALF_UP);
    }

    /** An enterprise while it is being generated. */
    private static final class Firm {
        final County county;
        final int division;
        final boolean anchor;
        int classIndex;
        String creditCode;
        String name;
        double size;
        AboveSizeEntry entryKind;
        YearMonth aboveSizeSince;
        YearMonth productionStart;
        YearMonth exitPeriod;
        String exitReason;
        double growth2025;
        double growth2026;
        double revenueRatio;
        double electricityFactor;
        boolean airPolluting;
        String grade;
        boolean winterLimited;
        final List<String> tags = new ArrayList<>();
        final List<String> chains = new ArrayList<>();
        String contactName;
        String contactPhone;
        final BigDecimal[] output = new BigDecimal[MODEL_MONTHS];
        final BigDecimal[] revenue = new BigDecimal[MODEL_MONTHS];
        final BigDecimal[] electricity = new BigDecimal[MODEL_MONTHS];

        Firm(County county, int division, boolean anchor) {
            this.county = county;
            this.division = division;
            this.anchor = anchor;
        }

        String classCode() {
            return Catalog.DIVISIONS.get(division).classCode(classIndex);
        }

        boolean reports(YearMonth period) {
            return !period.isBefore(aboveSizeSince) && (exitPeriod == null || period.isBefore(exitPeriod));
        }
    }
}
