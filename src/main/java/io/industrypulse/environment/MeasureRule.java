package io.industrypulse.environment;

import io.industrypulse.engine.ControlPlan;
import org.jspecify.annotations.Nullable;

/**
 * A row of the measure rules (key industry × grade × alert level → measure, METHODOLOGY.md 7.3): what the measure
 * costs in output and what it cuts of each pollutant, as shares.
 *
 * @param outputCut share of output lost (限产 20%: 0.2; stop half the lines: 0.5; 停产: 1; 自主减排: 0)
 * @param emissionCut share of SO2, NOx, PM and VOCs cut
 * @param note what the measure also asks (e.g. 停用国四及以下重型载货车辆)
 * @param confirmed false for a seeded default still to be confirmed locally
 */
public record MeasureRule(
        String industry,
        Grade grade,
        AlertLevel level,
        MeasureAction action,
        double outputCut,
        double[] emissionCut,
        @Nullable String note,
        RuleBasis basis,
        boolean confirmed) {

    public MeasureRule {
        emissionCut = emissionCut.clone();
    }

    ControlPlan.Option option() {
        return new ControlPlan.Option(outputCut, emissionCut);
    }
}
