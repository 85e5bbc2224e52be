package io.industrypulse.ingest;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;

/**
 * A data package in the canonical format of DESIGN.md section 4: one list per CSV file, rows in file order. Amounts
 * are {@link BigDecimal} exactly as written in the file.
 */
public record CanonicalPackage(
        List<RegionRow> regions,
        List<EnterpriseRow> enterprises,
        List<MonthlyRow> monthly,
        List<VaRatioRow> vaRatios,
        List<PpiRow> ppi,
        List<TargetRow> targets,
        List<BenchmarkRow> benchmarks) {

    public CanonicalPackage {
        regions = List.copyOf(regions);
        enterprises = List.copyOf(enterprises);
        monthly = List.copyOf(monthly);
        vaRatios = List.copyOf(vaRatios);
        ppi = List.copyOf(ppi);
        targets = List.copyOf(targets);
        benchmarks = List.copyOf(benchmarks);
    }

    /** regions.csv: code, name, level ({@code province}/{@code city}/{@code county}), parent_code. */
    public record RegionRow(String code, String name, String level, String parentCode) {}

    /** enterprises.csv: credit_code, name, county_code, industry_code (2-digit division), above_size_since. */
    public record EnterpriseRow(
            String creditCode, String name, String countyCode, String industryCode, YearMonth aboveSizeSince) {}

    /** monthly.csv: period, credit_code, output, output_ly, revenue, electricity (万元, 万千瓦时). */
    public record MonthlyRow(
            YearMonth period,
            String creditCode,
            BigDecimal output,
            BigDecimal outputLy,
            BigDecimal revenue,
            BigDecimal electricity) {}

    /** va_ratio.csv: year, industry_code, va_ratio (0..1). */
    public record VaRatioRow(int year, String industryCode, BigDecimal vaRatio) {}

    /** ppi.csv: period, industry_code, ppi_yoy (same month last year = 100). */
    public record PpiRow(YearMonth period, String industryCode, BigDecimal ppiYoy) {}

    /** targets.csv: year, region_code, target_growth (%). */
    public record TargetRow(int year, String regionCode, BigDecimal targetGrowth) {}

    /** benchmarks.csv: period, scope ({@code province}/{@code city}), growth_cum (%). */
    public record BenchmarkRow(YearMonth period, String scope, BigDecimal growthCum) {}
}
