package io.industrypulse.environment;

import static org.assertj.core.api.Assertions.assertThat;

import io.industrypulse.engine.ControlPlan;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;

/**
 * The three plans side by side on generated lists of cement enterprises (the rules of {@link AllowedMeasuresTest}'s
 * kind): the grade-based plan gives each its own measure; the 一刀切 and optimised plans meet every floor; the
 * optimised plan takes only measures each enterprise may be given (or the 一刀切 share) and is never above either.
 */
class PlanComparisonTest {

    @RepeatedTest(20)
    void theOptimisedPlanMeetsTheFloorsWithinTheRulesAndLosesLeast(RepetitionInfo repetition) {
        SplittableRandom random = new SplittableRandom(600 + repetition.getCurrentRepetition());
        AlertLevel level = AlertLevel.values()[random.nextInt(3)];
        int n = 30 + random.nextInt(60);
        List<PlanComparison.Candidate> candidates = new ArrayList<>();
        for (int e = 0; e < n; e++) {
            Grade grade = List.of(Grade.A, Grade.B, Grade.C, Grade.D).get(random.nextInt(4));
            double cap = random.nextInt(10) == 0 ? random.nextDouble(0.1, 0.5) : 1;
            double[] emissions = new double[ControlPlan.POLLUTANTS];
            for (int p = 0; p < emissions.length; p++) {
                emissions[p] = random.nextDouble(10, 1000);
            }
            candidates.add(new PlanComparison.Candidate(
                    random.nextInt(3),
                    emissions,
                    random.nextDouble(100, 10000),
                    1 + random.nextInt(2) * 0.5,
                    AllowedMeasures.of(grade, rules(level), cap).orElseThrow(),
                    cap,
                    grade.autonomous()));
        }
        double floor = level.defaultFloor() + random.nextDouble(0, 0.3);
        double[] floors = {floor, floor, floor, floor};
        boolean[] covered = {true, random.nextBoolean(), random.nextBoolean()};

        PlanComparison.Plans plans = PlanComparison.of(candidates, 3, floors, covered, Duration.ofSeconds(20));

        for (int e = 0; e < n; e++) {
            assertThat(plans.byGrade().measures().get(e))
                    .isSameAs(candidates.get(e).options().get(0));
        }
        if (plans.uniform().isEmpty()) {
            return;
        }
        PlanComparison.Plan uniform = plans.uniform().orElseThrow();
        PlanComparison.Plan optimised = plans.optimised().orElseThrow();
        assertThat(uniform.evaluation().meetsFloors()).isTrue();
        assertThat(optimised.evaluation().meetsFloors()).isTrue();
        for (int e = 0; e < n; e++) {
            ControlPlan.Option chosen = optimised.measures().get(e);
            assertThat(candidates.get(e).options().contains(chosen)
                            || chosen == uniform.measures().get(e))
                    .as("enterprise %d takes a measure it may be given", e)
                    .isTrue();
        }
        assertThat(optimised.evaluation().weightedLoss())
                .isLessThanOrEqualTo(uniform.evaluation().weightedLoss());
        if (plans.byGrade().evaluation().meetsFloors()) {
            assertThat(optimised.evaluation().weightedLoss())
                    .isLessThanOrEqualTo(plans.byGrade().evaluation().weightedLoss());
        }
    }

    /** Cement clinker at the level, as METHODOLOGY.md 7.3 publishes it. */
    private static List<MeasureRule> rules(AlertLevel level) {
        double[][] cuts = {{0, 0, 0.5, 1}, {0, 0.2, 1, 1}, {0, 1, 1, 1}};
        List<Grade> grades = List.of(Grade.A, Grade.B, Grade.C, Grade.D);
        List<MeasureRule> rules = new ArrayList<>();
        for (int g = 0; g < grades.size(); g++) {
            double cut = cuts[level.ordinal()][g];
            MeasureAction action = cut == 0
                    ? MeasureAction.AUTONOMOUS
                    : cut == 1 ? MeasureAction.STOP : cut == 0.5 ? MeasureAction.STOP_LINES : MeasureAction.LIMIT;
            rules.add(new MeasureRule(
                    "CEMENT_CLINKER",
                    grades.get(g),
                    level,
                    action,
                    cut,
                    new double[] {cut, cut, cut, cut},
                    null,
                    RuleBasis.PUBLISHED,
                    true));
        }
        return rules;
    }
}
