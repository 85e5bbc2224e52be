package io.industrypulse.monitor;

import io.industrypulse.engine.EngineResult;
import io.industrypulse.engine.GroupResult;
import io.industrypulse.engine.LabelledInput;
import io.industrypulse.engine.MonthlyPlan;
import java.util.List;
import java.util.Map;

/**
 * The engine's results for the latest year of stored data, with the codes and names behind the engine's indices.
 *
 * @param result all standard results (DESIGN.md section 5)
 * @param labels county and division codes by engine index, and the city's code
 * @param names region, division and tag group names by code
 * @param enterprises credit code and county code by the engine's enterprise index
 */
public record GrowthSnapshot(
        EngineResult result, LabelledInput labels, Map<String, String> names, List<EnterpriseRef> enterprises) {

    public GrowthSnapshot {
        names = Map.copyOf(names);
        enterprises = List.copyOf(enterprises);
    }

    /** The engine index of a county by its code, or -1 for any other code (the city's included). */
    public int countyIndex(String code) {
        return labels.county(code).orElse(-1);
    }

    /** The results of the city or a county by region code, or empty for a code that is neither. */
    public java.util.Optional<GroupResult> region(String code) {
        if (code.equals(labels.cityCode())) {
            return java.util.Optional.of(result.city());
        }
        int k = countyIndex(code);
        return k < 0 ? java.util.Optional.empty() : java.util.Optional.of(result.county(k));
    }

    /**
     * The monthly plan (以月保季、以季保年) of the city ({@code county < 0}) or a county with target t: actual data of
     * months 1..monthsDone, then the path that reaches t in December on last year's seasonal profile.
     */
    public MonthlyPlan plan(int county, double target, int monthsDone) {
        GroupResult group = county < 0 ? result.city() : result.county(county);
        double[] c = new double[monthsDone];
        double[] a = new double[monthsDone];
        for (int m = 1; m <= monthsDone; m++) {
            c[m - 1] = group.month(m).comparableMonth();
            a[m - 1] = group.month(m).baseMonth();
        }
        return MonthlyPlan.of(target, MonthlyPlan.lastYearProfile(labels.engineInput(), county), c, a);
    }

    /** An enterprise behind an engine index. */
    public record EnterpriseRef(String creditCode, String name, String countyCode) {}
}
