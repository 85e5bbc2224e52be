package io.industrypulse.planning;

import io.industrypulse.engine.EngineInput;
import io.industrypulse.engine.GroupResult;
import io.industrypulse.engine.MonthlyPlan;
import io.industrypulse.engine.Rows;
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
        int k = snapshot.labels().countyCodes().indexOf(regionCode);
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
     * Per enterprise of a county: last year's value added of the month ({@code output * va_ratio(previous year)}, the
     * weight of its task) and the division of that row. Ordered by enterprise index.
     */
    Map<Integer, double[]> lastYearBases(int county, int month) {
        Rows rows = input().rows();
        Map<Integer, double[]> bases = new LinkedHashMap<>();
        int period = Rows.previousYear(month);
        for (int i = 0; i < rows.size(); i++) {
            if (rows.period()[i] == period && rows.county()[i] == county) {
                int d = rows.division()[i];
                double[] entry = bases.computeIfAbsent(rows.enterprise()[i], e -> new double[] {0, d});
                entry[0] += rows.output()[i] * input().vaRatioPrevious()[d];
            }
        }
        return bases;
    }

    /** Per enterprise of a county: comparable value added of a month with data, {@code output * r / (ppi / 100)}. */
    Map<Integer, Double> comparable(int county, int month) {
        Rows rows = input().rows();
        Map<Integer, Double> values = new LinkedHashMap<>();
        int period = Rows.currentYear(month);
        for (int i = 0; i < rows.size(); i++) {
            if (rows.period()[i] == period && rows.county()[i] == county) {
                int d = rows.division()[i];
                double value = rows.output()[i] * input().vaRatioCurrent()[d] / (input().ppi()[month - 1][d] / 100);
                values.merge(rows.enterprise()[i], value, Double::sum);
            }
        }
        return values;
    }

    /** Gross output (current prices) that yields the comparable value added {@code va}: {@code va / r * ppi / 100}. */
    double grossOutput(double va, int division, int month) {
        double ratio = input().vaRatioCurrent()[division];
        double ppi = 100;
        for (int m = month; m >= 1; m--) {
            double known = input().ppi()[m - 1][division];
            if (known > 0) {
                ppi = known;
                break;
            }
        }
        return ratio > 0 ? va / ratio * ppi / 100 : 0;
    }
}
