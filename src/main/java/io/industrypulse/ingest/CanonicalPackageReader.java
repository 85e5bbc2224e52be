package io.industrypulse.ingest;

import io.industrypulse.enterprise.CreditCode;
import io.industrypulse.i18n.Messages;
import io.industrypulse.ingest.CanonicalPackage.BenchmarkRow;
import io.industrypulse.ingest.CanonicalPackage.EnterpriseRow;
import io.industrypulse.ingest.CanonicalPackage.MonthlyRow;
import io.industrypulse.ingest.CanonicalPackage.PpiRow;
import io.industrypulse.ingest.CanonicalPackage.RegionRow;
import io.industrypulse.ingest.CanonicalPackage.TargetRow;
import io.industrypulse.ingest.CanonicalPackage.VaRatioRow;
import io.industrypulse.report.FormulaGuard;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads and checks a canonical CSV package (DESIGN.md section 4), all or nothing: the first problem stops the read
 * with one {@link PackageException} naming file, line and column. Beyond the format it checks what the engine relies
 * on: credit codes (check character, known in enterprises.csv), counties known in regions.csv, one row per
 * enterprise and month, monthly.csv holding only the latest year and the one before, and a VA ratio (both years) and a
 * PPI (current year) for every row's industry.
 */
public final class CanonicalPackageReader {

    static final String REGIONS = "regions.csv";
    static final String ENTERPRISES = "enterprises.csv";
    static final String MONTHLY = "monthly.csv";
    static final String VA_RATIO = "va_ratio.csv";
    static final String PPI = "ppi.csv";
    static final String TARGETS = "targets.csv";
    static final String BENCHMARKS = "benchmarks.csv";

    private static final Set<String> LEVELS = Set.of("province", "city", "county");
    private static final Set<String> SCOPES = Set.of("province", "city");

    private CanonicalPackageReader() {}

    public static CanonicalPackage read(Path directory) {
        CsvFile regionTable = CsvFile.read(directory, REGIONS, "code", "name", "level", "parent_code");
        CsvFile enterpriseTable = CsvFile.read(
                directory, ENTERPRISES, "credit_code", "name", "county_code", "industry_code", "above_size_since");
        CsvFile monthlyTable = CsvFile.read(
                directory, MONTHLY, "period", "credit_code", "output", "output_ly", "revenue", "electricity");
        CsvFile vaTable = CsvFile.read(directory, VA_RATIO, "year", "industry_code", "va_ratio");
        CsvFile ppiTable = CsvFile.read(directory, PPI, "period", "industry_code", "ppi_yoy");
        CsvFile targetTable = CsvFile.read(directory, TARGETS, "year", "region_code", "target_growth");
        CsvFile benchmarkTable = CsvFile.read(directory, BENCHMARKS, "period", "scope", "growth_cum");

        List<RegionRow> regions = regions(regionTable);
        Map<String, String> levels = new HashMap<>();
        regions.forEach(r -> levels.put(r.code(), r.level()));
        List<EnterpriseRow> enterprises = enterprises(enterpriseTable, levels);
        List<VaRatioRow> vaRatios = vaRatios(vaTable);
        List<PpiRow> ppi = ppi(ppiTable);
        List<MonthlyRow> monthly = monthly(monthlyTable, enterprises, vaRatios, ppi);
        return new CanonicalPackage(
                regions, enterprises, monthly, vaRatios, ppi, targets(targetTable, levels), benchmarks(benchmarkTable));
    }

    private static List<RegionRow> regions(CsvFile table) {
        List<RegionRow> rows = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < table.size(); i++) {
            String code = table.field(i, "code").regionCode();
            Field level = table.field(i, "level");
            if (!LEVELS.contains(level.text())) {
                throw level.error(Messages.get("ingest.package.level", level.value()));
            }
            Field parent = table.field(i, "parent_code");
            String parentCode = parent.value().isEmpty() ? null : parent.regionCode();
            unique(seen, code, table, i, "code", Messages.get("ingest.package.regionKey", code));
            rows.add(new RegionRow(
                    code, FormulaGuard.fromCsv(table.field(i, "name").text()), level.value(), parentCode));
        }
        if (rows.stream().noneMatch(r -> r.level().equals("city"))) {
            throw PackageException.ofFile(REGIONS, Messages.get("ingest.package.noCity"));
        }
        return rows;
    }

    private static List<EnterpriseRow> enterprises(CsvFile table, Map<String, String> levels) {
        List<EnterpriseRow> rows = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < table.size(); i++) {
            Field code = table.field(i, "credit_code");
            if (!CreditCode.isValid(code.text())) {
                throw code.error(Messages.get("ingest.package.creditCode", code.value()));
            }
            unique(
                    seen,
                    code.value(),
                    table,
                    i,
                    "credit_code",
                    Messages.get("ingest.package.enterpriseKey", code.value()));
            Field county = table.field(i, "county_code");
            if (!"county".equals(levels.get(county.regionCode()))) {
                throw county.error(Messages.get("ingest.package.noCounty", county.value()));
            }
            Field industry = table.field(i, "industry_code");
            int division = Integer.parseInt(industry.division());
            if (division < 6 || division > 46) {
                throw industry.error(Messages.get("ingest.package.notIndustrial", industry.value()));
            }
            Field since = table.field(i, "above_size_since");
            YearMonth aboveSizeSince = since.value().isEmpty() ? null : since.period();
            rows.add(new EnterpriseRow(
                    code.value(),
                    FormulaGuard.fromCsv(table.field(i, "name").text()),
                    county.value(),
                    industry.value(),
                    aboveSizeSince));
        }
        return rows;
    }

    private static List<VaRatioRow> vaRatios(CsvFile table) {
        List<VaRatioRow> rows = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < table.size(); i++) {
            int year = table.field(i, "year").year();
            String industry = table.field(i, "industry_code").division();
            Field ratio = table.field(i, "va_ratio");
            BigDecimal value = ratio.number();
            if (value.signum() <= 0 || value.compareTo(BigDecimal.ONE) > 0) {
                throw ratio.error(Messages.get("ingest.package.ratio", ratio.value()));
            }
            unique(
                    seen,
                    year + "/" + industry,
                    table,
                    i,
                    "industry_code",
                    Messages.get("ingest.package.ratioKey", year, industry));
            rows.add(new VaRatioRow(year, industry, value));
        }
        return rows;
    }

    private static List<PpiRow> ppi(CsvFile table) {
        List<PpiRow> rows = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < table.size(); i++) {
            YearMonth period = table.field(i, "period").period();
            String industry = table.field(i, "industry_code").division();
            Field index = table.field(i, "ppi_yoy");
            BigDecimal value = index.number();
            if (value.signum() <= 0) {
                throw index.error(Messages.get("ingest.package.ppi", index.value()));
            }
            unique(
                    seen,
                    period + "/" + industry,
                    table,
                    i,
                    "industry_code",
                    Messages.get("ingest.package.ppiKey", period, industry));
            rows.add(new PpiRow(period, industry, value));
        }
        return rows;
    }

    private static List<MonthlyRow> monthly(
            CsvFile table, List<EnterpriseRow> enterprises, List<VaRatioRow> vaRatios, List<PpiRow> ppi) {
        Map<String, String> industries = new HashMap<>();
        enterprises.forEach(e -> industries.put(e.creditCode(), e.industryCode()));
        Set<String> vaKeys = new java.util.HashSet<>();
        vaRatios.forEach(v -> vaKeys.add(v.year() + "/" + v.industryCode()));
        Set<String> ppiKeys = new java.util.HashSet<>();
        ppi.forEach(p -> ppiKeys.add(p.period() + "/" + p.industryCode()));

        int currentYear = Integer.MIN_VALUE;
        for (int i = 0; i < table.size(); i++) {
            currentYear =
                    Math.max(currentYear, table.field(i, "period").period().getYear());
        }
        List<MonthlyRow> rows = new ArrayList<>(table.size());
        Map<String, Integer> seen = new HashMap<>(table.size() * 2);
        for (int i = 0; i < table.size(); i++) {
            Field periodField = table.field(i, "period");
            YearMonth period = periodField.period();
            if (period.getYear() != currentYear && period.getYear() != currentYear - 1) {
                throw periodField.error(Messages.get("ingest.package.years", currentYear - 1, currentYear, period));
            }
            Field code = table.field(i, "credit_code");
            String industry = industries.get(code.text());
            if (industry == null) {
                throw code.error(Messages.get("ingest.package.noEnterprise", code.value()));
            }
            unique(
                    seen,
                    code.value() + "/" + period,
                    table,
                    i,
                    "credit_code",
                    Messages.get("ingest.package.monthlyKey", code.value(), period));
            if (!vaKeys.contains(period.getYear() + "/" + industry)) {
                throw code.error(Messages.get("ingest.package.missingRatio", industry, period.getYear()));
            }
            if (period.getYear() == currentYear && !ppiKeys.contains(period + "/" + industry)) {
                throw code.error(Messages.get("ingest.package.missingPpi", industry, period));
            }
            rows.add(new MonthlyRow(
                    period,
                    code.value(),
                    table.field(i, "output").amount(),
                    table.field(i, "output_ly").amount(),
                    optionalAmount(table.field(i, "revenue")),
                    optionalAmount(table.field(i, "electricity"))));
        }
        return rows;
    }

    private static List<TargetRow> targets(CsvFile table, Map<String, String> levels) {
        List<TargetRow> rows = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < table.size(); i++) {
            int year = table.field(i, "year").year();
            Field region = table.field(i, "region_code");
            if (!levels.containsKey(region.regionCode())) {
                throw region.error(Messages.get("ingest.package.noRegion", region.value()));
            }
            unique(
                    seen,
                    year + "/" + region.value(),
                    table,
                    i,
                    "region_code",
                    Messages.get("ingest.package.targetKey", year, region.value()));
            rows.add(new TargetRow(
                    year, region.value(), table.field(i, "target_growth").number()));
        }
        return rows;
    }

    private static List<BenchmarkRow> benchmarks(CsvFile table) {
        List<BenchmarkRow> rows = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < table.size(); i++) {
            YearMonth period = table.field(i, "period").period();
            Field scope = table.field(i, "scope");
            if (!SCOPES.contains(scope.text())) {
                throw scope.error(Messages.get("ingest.package.scope", scope.value()));
            }
            unique(
                    seen,
                    period + "/" + scope.value(),
                    table,
                    i,
                    "scope",
                    Messages.get("ingest.package.benchmarkKey", period, scope.value()));
            rows.add(new BenchmarkRow(
                    period, scope.value(), table.field(i, "growth_cum").number()));
        }
        return rows;
    }

    private static BigDecimal optionalAmount(Field field) {
        return field.value().isEmpty() ? null : field.amount();
    }

    private static void unique(
            Map<String, Integer> seen, String key, CsvFile table, int record, String column, String what) {
        Integer first = seen.putIfAbsent(key, table.line(record));
        if (first != null) {
            throw table.field(record, column).error(Messages.get("ingest.error.duplicateRow", what, first));
        }
    }
}
