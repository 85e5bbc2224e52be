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

    @Test
    void theOrderOnTopOfTheGuideByHand() {
        // county 0 only, floors 30%. A (exempt, 自主减排), B (own 限产 20%), D (own: stop). Emissions 100 each.
        // Own measures cut 0 + 20 + 100 = 120 of 300 = 40%: s = 0 already meets 30%.
        List<ControlPlan.Option> a = List.of(ControlPlan.Option.limit(0));
        List<ControlPlan.Option> b = List.of(ControlPlan.Option.limit(0.2), ControlPlan.Option.limit(1));
        List<ControlPlan.Option> d = List.of(ControlPlan.Option.limit(1));
        ControlPlan.Problem problem = new ControlPlan.Problem(
                1,
                List.of(
                        new ControlPlan.Listed(0, kg(100), 100, 1, a),
                        new ControlPlan.Listed(0, kg(100), 100, 1, b),
                        new ControlPlan.Listed(0, kg(100), 100, 1, d)),
                new double[] {0.3, 0.3, 0.3, 0.3},
                new boolean[] {true});
        int[] own = {0, 0, 0};
        double[] caps = {1, 1, 1};
        boolean[] exempt = {true, false, false};
        assertThat(ControlPlan.uniformOnTop(problem, own, caps, exempt).getAsDouble())
                .isZero();
        // floors 60%: 180 of 300 needed; D gives 100, A nothing, so B must give 80: s = 0.8
        ControlPlan.Problem harder =
                new ControlPlan.Problem(1, problem.listed(), new double[] {0.6, 0.6, 0.6, 0.6}, new boolean[] {true});
        assertThat(ControlPlan.uniformOnTop(harder, own, caps, exempt).getAsDouble())
                .isCloseTo(0.8, within(1e-9));
        // floors 70%: 210 needed, at most 200 without A: none
        ControlPlan.Problem impossible =
                new ControlPlan.Problem(1, problem.listed(), new double[] {0.7, 0.7, 0.7, 0.7}, new boolean[] {true});
        assertThat(ControlPlan.uniformOnTop(impossible, own, caps, exempt)).isEmpty();
    }

    @RepeatedTest(40)
    void theShareOnTopIsTheSmallestThatMeetsEveryFloor(RepetitionInfo repetition) {
        SplittableRandom random = new SplittableRandom(300 + repetition.getCurrentRepetition());
        int n = 4 + random.nextInt(20);
        List<ControlPlan.Listed> listed = new ArrayList<>();
        int[] own = new int[n];
        double[] caps = new double[n];
        boolean[] exempt = new boolean[n];
        for (int e = 0; e < n; e++) {
            double[] emissions = new double[ControlPlan.POLLUTANTS];
            for (int p = 0; p < emissions.length; p++) {
                emissions[p] = random.nextInt(6) == 0 ? 0 : random.nextDouble(1, 1000);
            }
            double cut = random.nextDouble(0, 0.6);
            double[] emissionCut = new double[ControlPlan.POLLUTANTS];
            for (int p = 0; p < emissionCut.length; p++) {
                emissionCut[p] = Math.min(1, cut * random.nextDouble(0.5, 1.5));
            }
            listed.add(new ControlPlan.Listed(
                    random.nextInt(3), emissions, 10, 1, List.of(new ControlPlan.Option(cut, emissionCut))));
            caps[e] = random.nextInt(4) == 0 ? random.nextDouble(0, 0.5) : 1;
            exempt[e] = random.nextInt(5) == 0;
        }
        ControlPlan.Problem problem = new ControlPlan.Problem(
                3,
                listed,
                new double[] {random.nextDouble(0.05, 0.5), random.nextDouble(0.05, 0.5), 0.2, 0.3},
                new boolean[] {random.nextBoolean(), true, random.nextBoolean()});

        OptionalDouble share = ControlPlan.uniformOnTop(problem, own, caps, exempt);

        // a scan of shares in steps of 0.001 finds nothing feasible below it
        double first = Double.NaN;
        for (int i = 0; i <= 1000; i++) {
            double s = i / 1000.0;
            if (ControlPlan.evaluate(problem, ControlPlan.onTop(problem, own, caps, exempt, s))
                    .meetsFloors()) {
                first = s;
                break;
            }
        }
        if (share.isEmpty()) {
            assertThat(first).isNaN();
            return;
        }
        double s = share.getAsDouble();
        assertThat(ControlPlan.evaluate(problem, ControlPlan.onTop(problem, own, caps, exempt, s))
                        .meetsFloors())
                .isTrue();
        if (!Double.isNaN(first)) {
            assertThat(s).isLessThanOrEqualTo(first + 1e-9);
        }
    }
}
