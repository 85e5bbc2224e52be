package io.industrypulse.monitor;

import io.industrypulse.engine.EngineResult;
import io.industrypulse.engine.EnterpriseSums;
import io.industrypulse.engine.GroupResult;
import io.industrypulse.engine.LabelledInput;
import io.industrypulse.engine.MonthlyPlan;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The engine's results for one year of stored data, with the codes and names behind the engine's indices, and what the
 * pages derive from them: computed once per snapshot ({@link #view}), never per request (issue 18). A snapshot is
 * immutable and replaced as a whole when the data change, so its views need no invalidation of their own.
 */
public final class GrowthSnapshot {

    private final EngineResult result;
    private final LabelledInput labels;
    private final Map<String, String> names;
    private final List<EnterpriseRef> enterprises;
    private final Map<String, Integer> enterpriseIndex;
    private final Map<Object, Object> views = new ConcurrentHashMap<>();

    /**
     * @param result all standard results (DESIGN.md section 5)
     * @param labels the engine input with county and division codes by engine index, and the city's code
     * @param names region, division and tag group names by code
     * @param enterprises credit code and county code by the engine's enterprise index
     */
    public GrowthSnapshot(
            EngineResult result, LabelledInput labels, Map<String, String> names, List<EnterpriseRef> enterprises) {
        this.result = result;
        this.labels = labels;
        this.names = Map.copyOf(names);
        this.enterprises = List.copyOf(enterprises);
        Map<String, Integer> index = new HashMap<>();
        for (int e = 0; e < this.enterprises.size(); e++) {
            index.put(this.enterprises.get(e).creditCode(), e);
        }
        this.enterpriseIndex = Map.copyOf(index);
    }

    /** All standard results (DESIGN.md section 5). */
    public EngineResult result() {
        return result;
    }

    /** The engine input with county and division codes by engine index, and the city's code. */
    public LabelledInput labels() {
        return labels;
    }

    /** Region, division and tag group names by code. */
    public Map<String, String> names() {
        return names;
    }

    /** Credit code and county code by the engine's enterprise index. */
    public List<EnterpriseRef> enterprises() {
        return enterprises;
    }

    /** The engine index of a county by its code, or -1 for any other code (the city's included). */
    public int countyIndex(String code) {
        return labels.county(code).orElse(-1);
    }

    /** The engine index of an enterprise by its credit code, or -1 when the snapshot does not know it. */
    public int enterpriseIndex(String creditCode) {
        Integer e = enterpriseIndex.get(creditCode);
        return e == null ? -1 : e;
    }

    /** The results of the city or a county by region code, or empty for a code that is neither. */
    public Optional<GroupResult> region(String code) {
        if (code.equals(labels.cityCode())) {
            return Optional.of(result.city());
        }
        int k = countyIndex(code);
        return k < 0 ? Optional.empty() : Optional.of(result.county(k));
    }

    /** Per-enterprise sums of months 1..M (one pass over the rows, once per snapshot and month). */
    public EnterpriseSums enterpriseSums(int month) {
        return view(new SumsKey(month), () -> EnterpriseSums.of(labels.engineInput(), month));
    }

    private record SumsKey(int month) {}

    /**
     * What a page derives from the snapshot, computed by {@code compute} on first use and kept with the snapshot. The
     * key is a value (a record) naming the view and its parameters, of a type private to the module that asks.
     */
    @SuppressWarnings("unchecked")
    public <T> T view(Object key, Supplier<T> compute) {
        Object found = views.get(key);
        if (found == null) {
            // computed outside the map's lock: a view may ask for another (the county view for the sums)
            T computed = compute.get();
            found = views.putIfAbsent(key, computed);
            if (found == null) {
                return computed;
            }
        }
        return (T) found;
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
        return MonthlyPlan.of(target, seasonalProfiles()[county < 0 ? 0 : county + 1], c, a);
    }

    /**
     * Last year's seasonal profile of the city ([0]) and of each county ([k + 1]), from one pass over the rows, once
     * per snapshot ({@link MonthlyPlan#lastYearProfiles}).
     */
    double[][] seasonalProfiles() {
        return view(ProfilesKey.KEY, () -> MonthlyPlan.lastYearProfiles(labels.engineInput()));
    }

    private enum ProfilesKey {
        KEY
    }

    /** An enterprise behind an engine index. */
    public record EnterpriseRef(String creditCode, String name, String countyCode) {}
}
