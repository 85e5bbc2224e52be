package io.industrypulse.environment;

import static org.assertj.core.api.Assertions.assertThat;

import io.industrypulse.engine.ControlPlan;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The measures an enterprise may be given, on the cement clinker rules as the 2020 guide publishes them
 * (METHODOLOGY.md 7.3): A autonomous at every level; B yellow autonomous (truck ban), orange 限产 20%, red 停产; C
 * yellow stop 50% of lines, orange and red 停产; D 停产 at every level.
 */
class AllowedMeasuresTest {

    private static List<MeasureRule> at(AlertLevel level) {
        return switch (level) {
            case YELLOW ->
                List.of(
                        rule(Grade.A, level, MeasureAction.AUTONOMOUS, 0),
                        rule(Grade.B, level, MeasureAction.AUTONOMOUS, 0),
                        rule(Grade.C, level, MeasureAction.STOP_LINES, 0.5),
                        rule(Grade.D, level, MeasureAction.STOP, 1));
            case ORANGE ->
                List.of(
                        rule(Grade.A, level, MeasureAction.AUTONOMOUS, 0),
                        rule(Grade.B, level, MeasureAction.LIMIT, 0.2),
                        rule(Grade.C, level, MeasureAction.STOP, 1),
                        rule(Grade.D, level, MeasureAction.STOP, 1));
            case RED ->
                List.of(
                        rule(Grade.A, level, MeasureAction.AUTONOMOUS, 0),
                        rule(Grade.B, level, MeasureAction.STOP, 1),
                        rule(Grade.C, level, MeasureAction.STOP, 1),
                        rule(Grade.D, level, MeasureAction.STOP, 1));
            case STAGGER -> List.of();
        };
    }

    @Test
    void aGradeTakesItsOwnMeasureFirstAndThenEveryStricterOne() {
        assertThat(cuts(Grade.B, AlertLevel.ORANGE, 1)).containsExactly(0.2, 1.0);
        assertThat(cuts(Grade.B, AlertLevel.YELLOW, 1)).containsExactly(0.0, 0.5, 1.0);
        assertThat(cuts(Grade.D, AlertLevel.YELLOW, 1)).containsExactly(1.0);
    }

    @Test
    void anAGradeEnterpriseKeepsItsAutonomousMeasures() {
        assertThat(cuts(Grade.A, AlertLevel.RED, 1)).containsExactly(0.0);
    }

    @Test
    void aGuaranteedEnterpriseNeverGoesBelowItsAllowedLoad() {
        // 以热定产 at 70% load: it may lose at most 30% of its output; C's 50% lines and D's stop become 限产 30%
        assertThat(cuts(Grade.C, AlertLevel.YELLOW, 0.3)).containsExactly(0.3);
        assertThat(cuts(Grade.B, AlertLevel.ORANGE, 0.3)).containsExactly(0.2, 0.3);
    }

    @Test
    void aGradeTheRulesDoNotNameHasNoMeasures() {
        assertThat(AllowedMeasures.of(Grade.B_MINUS, at(AlertLevel.ORANGE), 1)).isEmpty();
    }

    private static List<Double> cuts(Grade grade, AlertLevel level, double cap) {
        return AllowedMeasures.of(grade, at(level), cap).orElseThrow().stream()
                .map(ControlPlan.Option::outputCut)
                .toList();
    }

    private static MeasureRule rule(Grade grade, AlertLevel level, MeasureAction action, double cut) {
        return new MeasureRule(
                "CEMENT_CLINKER",
                grade,
                level,
                action,
                cut,
                new double[] {cut, cut, cut, cut},
                null,
                RuleBasis.PUBLISHED,
                true);
    }
}
