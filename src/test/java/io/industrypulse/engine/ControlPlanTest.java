package io.industrypulse.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.SplittableRandom;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.Test;

/** A plan's figures by hand, and the 一刀切 share: the smallest that meets every floor, and no smaller one does. */
class ControlPlanTest {

    @Test
    void aPlansCutsAndLossByHand() {
        // county 0: enterprises of 100 kg and 300 kg of each pollutant; county 1: 200 kg. Floors 20%, county 0 covered.
        // Option 0 自主减排 (no cut), option 1 限产 50%. Choosing 限产 for the 300 kg one only: county 0 cuts
        // 150 / 400 = 37.5%, the city 150 / 600 = 25%, county 1 nothing (not covered): the floors are met. Loss:
        // 0.5 × 800 = 400 万元, weighted ×2 (its county is behind target): 800.
        List<ControlPlan.Option> options = List.of(ControlPlan.Option.limit(0), ControlPlan.Option.limit(0.5));
        ControlPlan.Problem problem = new ControlPlan.Problem(
                2,
                List.of(
                        new ControlPlan.Listed(0, kg(100), 1000, 2, options),
                        new ControlPlan.Listed(0, kg(300), 800, 2, options),
                        new ControlPlan.Listed(1, kg(200), 500, 1, options)),
                new double[] {0.2, 0.2, 0.2, 0.2},
                new boolean[] {true, false});

        ControlPlan.Evaluation plan = ControlPlan.evaluate(problem, new int[] {0, 1, 0});

        assertThat(plan.meetsFloors()).isTrue();
        assertThat(plan.countyCut()[0][0]).isCloseTo(0.375, within(1e-12));
        assertThat(plan.cityCut()[2]).isCloseTo(0.25, within(1e-12));
        assertThat(plan.countyCut()[1][1]).isZero();
        assertThat(plan.loss()).isCloseTo(400, within(1e-12));
        assertThat(plan.weightedLoss()).isCloseTo(800, within(1e-12));
        assertThat(plan.countyLoss()).containsExactly(400, 0);
        // limiting only the 100 kg one: county 0 cuts 50 / 400 = 12.5%, under its floor
        assertThat(ControlPlan.evaluate(problem, new int[] {1, 0, 0}).meetsFloors())
                .isFalse();
        // the 一刀切 share: county 0 and the city both need 20% of everyone
        assertThat(ControlPlan.uniformShare(problem, new double[] {1, 1, 1}).getAsDouble())
                .isCloseTo(0.2, within(1e-12));
        // the 300 kg one is 保障类 and may cut 5% at most: county 0 needs 100 s + 300 × 0.05 >= 80, s = 0.65
        assertThat(ControlPlan.uniformShare(problem, new double[] {1, 0.05, 1}).getAsDouble())
                .isCloseTo(0.65, within(1e-12));
        // with both of county 0 capped at 5%, nothing reaches its floor
        assertThat(ControlPlan.uniformShare(problem, new double[] {0.05, 0.05, 1}))
                .isEmpty();
    }

    @RepeatedTest(30)
    void theUniformShareIsTheSmallestThatMeetsEveryFloor(RepetitionInfo repetition) {
        SplittableRandom random = new SplittableRandom(77 + repetition.getCurrentRepetition());
        int n = 5 + random.nextInt(40);
        List<ControlPlan.Listed> listed = new ArrayList<>();
        double[] caps = new double[n];
        for (int e = 0; e < n; e++) {
            double[] emissions = new double[ControlPlan.POLLUTANTS];
            for (int p = 0; p < emissions.length; p++) {
                emissions[p] = random.nextInt(6) == 0 ? 0 : random.nextDouble(1, 1000);
            }
            listed.add(new ControlPlan.Listed(
                    random.nextInt(4), emissions, random.nextDouble(1, 100), 1, List.of(ControlPlan.Option.limit(0))));
            caps[e] = random.nextInt(4) == 0 ? random.nextDouble(0, 0.4) : 1;
        }
        double[] floors = {random.nextDouble(0, 0.4), random.nextDouble(0, 0.4), 0.1, 0.3};
        boolean[] covered = {true, random.nextBoolean(), random.nextBoolean(), false};
        ControlPlan.Problem problem = new ControlPlan.Problem(4, listed, floors, covered);

        OptionalDouble share = ControlPlan.uniformShare(problem, caps);

        if (share.isEmpty()) {
            assertThat(meets(problem, caps, 1)).isFalse();
            return;
        }
        double s = share.getAsDouble();
        assertThat(meets(problem, caps, s)).isTrue();
        if (s > 1e-6) {
            assertThat(meets(problem, caps, s - 1e-6)).isFalse();
        }
    }

    private static boolean meets(ControlPlan.Problem problem, double[] caps, double share) {
        List<ControlPlan.Option> chosen = new ArrayList<>();
        for (double cap : caps) {
            chosen.add(ControlPlan.Option.limit(Math.min(share, cap)));
        }
        return ControlPlan.evaluate(problem, chosen).meetsFloors();
    }

    private static double[] kg(double each) {
        return new double[] {each, each, each, each};
    }
}
