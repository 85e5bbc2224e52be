package io.industrypulse.demo;

import io.industrypulse.ingest.CanonicalPackage;
import io.industrypulse.ingest.CanonicalPackage.EnterpriseRow;
import io.industrypulse.ingest.CanonicalPackage.MonthlyRow;
import io.industrypulse.ingest.CanonicalPackage.PpiRow;
import io.industrypulse.ingest.CanonicalPackage.VaRatioRow;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Same-scope growth of DESIGN.md section 5 over a canonical package, just enough for the city benchmark: comparable
 * {@code C = output * r / (ppi / 100)}, base {@code A = output_ly * r}, growth {@code (sum C / sum A - 1) * 100}. The
 * engine module owns the full computation; this copy keeps the demo module independent of it.
 */
final class GrowthCalculator {

    private final CanonicalPackage data;
    private final Map<String, String> divisionByEnterprise = new HashMap<>();
    private final Map<String, Double> vaRatio = new HashMap<>();
    private final Map<String, Double> ppi = new HashMap<>();

    GrowthCalculator(CanonicalPackage data) {
        this.data = data;
        for (EnterpriseRow e : data.enterprises()) {
            divisionByEnterprise.put(e.creditCode(), e.industryCode());
        }
        for (VaRatioRow v : data.vaRatios()) {
            vaRatio.put(v.year() + "/" + v.industryCode(), v.vaRatio().doubleValue());
        }
        for (PpiRow p : data.ppi()) {
            ppi.put(p.period() + "/" + p.industryCode(), p.ppiYoy().doubleValue());
        }
    }

    /** Cumulative growth January..{@code period} of the enterprises whose credit code passes {@code group}. */
    double cumulative(YearMonth period, Predicate<String> group) {
        return growth(YearMonth.of(period.getYear(), 1), period, group);
    }

    /** Growth over the months {@code from}..{@code to} (same year); NaN when the base is 0. */
    double growth(YearMonth from, YearMonth to, Predicate<String> group) {
        double comparable = 0;
        double base = 0;
        for (MonthlyRow row : data.monthly()) {
            if (row.period().isBefore(from) || row.period().isAfter(to) || !group.test(row.creditCode())) {
                continue;
            }
            String division = divisionByEnterprise.get(row.creditCode());
            double r = vaRatio.get(row.period().getYear() + "/" + division);
            double p = ppi.get(row.period() + "/" + division) / 100;
            comparable += row.output().doubleValue() * r / p;
            base += row.outputLy().doubleValue() * r;
        }
        return base == 0 ? Double.NaN : (comparable / base - 1) * 100;
    }
}
