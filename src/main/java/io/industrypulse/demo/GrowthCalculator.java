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

    // each row's C and A, in the package's row order: the sums below add them in that order, as one pass over the
    // rows per period would, so every figure is the same to the last bit and each row is priced once, not once per
    // period (the city benchmark asks for 23 periods)
    private final YearMonth[] periods;
    private final String[] creditCodes;
    private final double[] comparable;
    private final double[] base;

    GrowthCalculator(CanonicalPackage data) {
        Map<String, String> divisionByEnterprise = new HashMap<>();
        for (EnterpriseRow e : data.enterprises()) {
            divisionByEnterprise.put(e.creditCode(), e.industryCode());
        }
        Map<String, Double> vaRatio = new HashMap<>();
        for (VaRatioRow v : data.vaRatios()) {
            vaRatio.put(v.year() + "/" + v.industryCode(), v.vaRatio().doubleValue());
        }
        Map<String, Double> ppi = new HashMap<>();
        for (PpiRow p : data.ppi()) {
            ppi.put(p.period() + "/" + p.industryCode(), p.ppiYoy().doubleValue());
        }
        int n = data.monthly().size();
        periods = new YearMonth[n];
        creditCodes = new String[n];
        comparable = new double[n];
        base = new double[n];
        for (int i = 0; i < n; i++) {
            MonthlyRow row = data.monthly().get(i);
            String division = divisionByEnterprise.get(row.creditCode());
            // a missing ratio or PPI makes the growth of every range holding the row NaN
            double r = vaRatio.getOrDefault(row.period().getYear() + "/" + division, Double.NaN);
            double p = ppi.getOrDefault(row.period() + "/" + division, Double.NaN) / 100;
            periods[i] = row.period();
            creditCodes[i] = row.creditCode();
            comparable[i] = row.output().doubleValue() * r / p;
            base[i] = row.outputLy().doubleValue() * r;
        }
    }

    /** Cumulative growth January..{@code period} of the enterprises whose credit code passes {@code group}. */
    double cumulative(YearMonth period, Predicate<String> group) {
        return growth(YearMonth.of(period.getYear(), 1), period, group);
    }

    /** Growth over the months {@code from}..{@code to} (same year); NaN when the base is 0. */
    double growth(YearMonth from, YearMonth to, Predicate<String> group) {
        double c = 0;
        double a = 0;
        for (int i = 0; i < periods.length; i++) {
            if (periods[i].isBefore(from) || periods[i].isAfter(to) || !group.test(creditCodes[i])) {
                continue;
            }
            c += comparable[i];
            a += base[i];
        }
        return a == 0 ? Double.NaN : (c / a - 1) * 100;
    }
}
