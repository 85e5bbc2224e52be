package io.industrypulse.planning;

import io.industrypulse.engine.EngineInput;
import io.industrypulse.engine.EnterpriseMonth;
import io.industrypulse.engine.GroupResult;
import io.industrypulse.engine.MonthlyPlan;
import io.industrypulse.monitor.GrowthSnapshot;
import java.util.LinkedHashMap;
import java.util.Map;

/** Reads the figures the planning needs out of a growth snapshot: a region's plan inputs, per-enterprise values. */
final class SnapshotView {

    private final GrowthSnapshot snapshot;

    SnapshotView(GrowthSnapshot snapshot) {
        this.snapshot = snapshot;
    }

    GrowthSnapshot snapshot() {
        return snapshot;
    }

    EngineInput input() {
        return snapshot.labels().engineInput();
    }

    int lastMonth() {
        return snapshot.result().lastMonth();
    }

    /** The engine's county index, -1 for the city, or -2 when the code is neither. */
    int index(String regionCode) {
        if (regionCode.equals(snapshot.labels().cityCode())) {
            return -1;
        }
        int k = snapshot.countyIndex(regionCode);
        return k < 0 ? -2 : k;
    }

    GroupResult group(int index) {
        return index < 0 ? snapshot.result().city() : snapshot.result().county(index);
    }

    String name(String code) {
        return snapshot.names().getOrDefault(code, code);
    }

    /** The plan of a region with target t, from the actual data of months 1..done. */
    MonthlyPlan plan(int index, double target, int done) {
        return snapshot.plan(index, target, done);
    }

    /**
     * Per enterprise of a county, in enterprise index order: last year's value added of the month (the weight of its
     * task) and the division of that row, from {@link EnterpriseMonth}.
     */
    static Map<Integer, double[]> lastYearBases(int county, EnterpriseMonth figures) {
        Map<Integer, double[]> bases = new LinkedHashMap<>();
        for (int e = 0; e < figures.size(); e++) {
            if (figures.profiled()[e] && figures.profileCounty()[e] == county) {
                bases.put(e, new double[] {figures.profile()[e], figures.profileDivision()[e]});
            }
        }
        return bases;
    }

    /** Per enterprise of a county that reported the month: its comparable value added, from {@link EnterpriseMonth}. */
    static Map<Integer, Double> comparable(int county, EnterpriseMonth figures) {
        Map<Integer, Double> values = new LinkedHashMap<>();
        for (int e = 0; e < figures.size(); e++) {
            if (figures.reported()[e] && figures.county()[e] == county) {
                values.put(e, figures.comparable()[e]);
            }
        }
        return values;
    }

    /**
     * The month's per-enterprise figures of the snapshot, kept with it: the tasks of every county ask for the same
     * months, and each computation passes over all the rows (a million at province size).
     */
    EnterpriseMonth month(int month) {
        return snapshot.view(new MonthKey(month), () -> EnterpriseMonth.of(input(), month));
    }

    private record MonthKey(int month) {}

    /** Gross output (current prices) that yields the comparable value added {@code va}. */
    double grossOutput(double va, int division, int month) {
        return EnterpriseMonth.grossOutput(input(), va, division, month);
    }
}
