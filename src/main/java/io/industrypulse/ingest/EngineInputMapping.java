package io.industrypulse.ingest;

import io.industrypulse.engine.Benchmarks;
import io.industrypulse.engine.EngineInput;
import io.industrypulse.engine.Rows;
import io.industrypulse.engine.TagGroup;
import io.industrypulse.engine.Targets;
import io.industrypulse.i18n.Messages;
import io.industrypulse.ingest.CanonicalPackage.BenchmarkRow;
import io.industrypulse.ingest.CanonicalPackage.EnterpriseRow;
import io.industrypulse.ingest.CanonicalPackage.MonthlyRow;
import io.industrypulse.ingest.CanonicalPackage.PpiRow;
import io.industrypulse.ingest.CanonicalPackage.RegionRow;
import io.industrypulse.ingest.CanonicalPackage.TargetRow;
import io.industrypulse.ingest.CanonicalPackage.VaRatioRow;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * Maps a checked {@link CanonicalPackage} onto the engine's columnar input. The current year is the latest year in
 * monthly.csv; the year before gives the seasonal profile (DESIGN.md section 4). The package itself has no tag groups;
 * callers that know them (monitor: 重点企业, industrial chains) pass them by credit code.
 */
public final class EngineInputMapping {

    private EngineInputMapping() {}

    public static PackageInput map(CanonicalPackage pkg) {
        return map(pkg, Map.of());
    }

    /**
     * @param tags enterprise groups by name (e.g. {@code chain:NEV}), each a collection of credit codes; codes not in
     *     the package are ignored; iteration order gives the tag indices
     */
    public static PackageInput map(CanonicalPackage pkg, Map<String, ? extends Collection<String>> tags) {
        if (pkg.monthly().isEmpty()) {
            throw PackageException.ofFile(CanonicalPackageReader.MONTHLY, Messages.get("ingest.error.packageNoRows"));
        }
        int year =
                pkg.monthly().stream().mapToInt(r -> r.period().getYear()).max().getAsInt();
        String cityCode = pkg.regions().stream()
                .filter(r -> r.level().equals("city"))
                .findFirst()
                .map(RegionRow::code)
                .orElseThrow();
        List<String> countyCodes = pkg.regions().stream()
                .filter(r -> r.level().equals("county"))
                .map(RegionRow::code)
                .sorted()
                .toList();
        List<String> divisionCodes = pkg.enterprises().stream()
                .map(EnterpriseRow::industryCode)
                .distinct()
                .sorted()
                .toList();
        Map<String, Integer> countyIndex = indexOf(countyCodes);
        Map<String, Integer> divisionIndex = indexOf(divisionCodes);

        Map<String, Integer> enterpriseIndex = new HashMap<>();
        int[] enterpriseCounty = new int[pkg.enterprises().size()];
        int[] enterpriseDivision = new int[pkg.enterprises().size()];
        for (int e = 0; e < pkg.enterprises().size(); e++) {
            EnterpriseRow enterprise = pkg.enterprises().get(e);
            enterpriseIndex.put(enterprise.creditCode(), e);
            enterpriseCounty[e] = countyIndex.get(enterprise.countyCode());
            enterpriseDivision[e] = divisionIndex.get(enterprise.industryCode());
        }

        int n = pkg.monthly().size();
        int[] period = new int[n];
        int[] enterprise = new int[n];
        int[] county = new int[n];
        int[] division = new int[n];
        double[] output = new double[n];
        double[] outputLy = new double[n];
        for (int i = 0; i < n; i++) {
            MonthlyRow row = pkg.monthly().get(i);
            int e = enterpriseIndex.get(row.creditCode());
            int month = row.period().getMonthValue();
            period[i] = row.period().getYear() == year ? Rows.currentYear(month) : Rows.previousYear(month);
            enterprise[i] = e;
            county[i] = enterpriseCounty[e];
            division[i] = enterpriseDivision[e];
            output[i] = row.output().doubleValue();
            outputLy[i] = row.outputLy().doubleValue();
        }

        int divisions = divisionCodes.size();
        double[] vaPrevious = nanFilled(divisions);
        double[] vaCurrent = nanFilled(divisions);
        for (VaRatioRow va : pkg.vaRatios()) {
            Integer d = divisionIndex.get(va.industryCode());
            if (d != null && va.year() == year) {
                vaCurrent[d] = va.vaRatio().doubleValue();
            } else if (d != null && va.year() == year - 1) {
                vaPrevious[d] = va.vaRatio().doubleValue();
            }
        }
        double[][] ppi = new double[12][];
        for (int m = 0; m < 12; m++) {
            ppi[m] = nanFilled(divisions);
        }
        for (PpiRow row : pkg.ppi()) {
            Integer d = divisionIndex.get(row.industryCode());
            if (d != null && row.period().getYear() == year) {
                ppi[row.period().getMonthValue() - 1][d] = row.ppiYoy().doubleValue();
            }
        }

        OptionalDouble cityTarget = OptionalDouble.empty();
        List<OptionalDouble> countyTargets =
                new ArrayList<>(java.util.Collections.nCopies(countyCodes.size(), OptionalDouble.empty()));
        for (TargetRow target : pkg.targets()) {
            if (target.year() != year) {
                continue;
            }
            OptionalDouble value = OptionalDouble.of(target.targetGrowth().doubleValue());
            if (target.regionCode().equals(cityCode)) {
                cityTarget = value;
            } else if (countyIndex.containsKey(target.regionCode())) {
                countyTargets.set(countyIndex.get(target.regionCode()), value);
            }
        }
        List<OptionalDouble> province = new ArrayList<>(java.util.Collections.nCopies(12, OptionalDouble.empty()));
        List<OptionalDouble> city = new ArrayList<>(java.util.Collections.nCopies(12, OptionalDouble.empty()));
        for (BenchmarkRow benchmark : pkg.benchmarks()) {
            if (benchmark.period().getYear() == year) {
                List<OptionalDouble> scope = benchmark.scope().equals("province") ? province : city;
                scope.set(
                        benchmark.period().getMonthValue() - 1,
                        OptionalDouble.of(benchmark.growthCum().doubleValue()));
            }
        }

        EngineInput input = new EngineInput(
                year,
                countyCodes.size(),
                divisions,
                new Rows(period, enterprise, county, division, output, outputLy),
                vaPrevious,
                vaCurrent,
                ppi,
                new Targets(cityTarget, countyTargets),
                new Benchmarks(province, city),
                tagGroups(tags, enterpriseIndex));
        return new PackageInput(input, cityCode, countyCodes, divisionCodes, List.copyOf(tags.keySet()));
    }

    private static List<TagGroup> tagGroups(
            Map<String, ? extends Collection<String>> tags, Map<String, Integer> enterpriseIndex) {
        List<TagGroup> groups = new ArrayList<>();
        tags.forEach((name, codes) -> groups.add(new TagGroup(
                name,
                codes.stream()
                        .map(enterpriseIndex::get)
                        .filter(java.util.Objects::nonNull)
                        .mapToInt(Integer::intValue)
                        .toArray())));
        return groups;
    }

    private static Map<String, Integer> indexOf(List<String> codes) {
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < codes.size(); i++) {
            index.put(codes.get(i), i);
        }
        return index;
    }

    private static double[] nanFilled(int size) {
        double[] values = new double[size];
        Arrays.fill(values, Double.NaN);
        return values;
    }
}
