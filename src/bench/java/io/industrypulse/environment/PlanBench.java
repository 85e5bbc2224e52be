package io.industrypulse.environment;

import io.industrypulse.engine.ControlPlan;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The control plans at the size of issue 13: 2,000 listed enterprises × 5 options × 4 pollutants, floors for the city
 * and 12 counties (an orange alert: 20%). Times, in one run, the optimised plan (SCIP, gap 0.5%, 30 s limit), the
 * 一刀切 share and the grade-based plan's evaluation (the baselines), each after a warm-up. Not a test: see
 * bench/README.md. {@code java ... io.industrypulse.environment.PlanBench [enterprises] [seed]}.
 */
public final class PlanBench {

    private static final int COUNTIES = 12;

    private PlanBench() {}

    public static void main(String[] args) {
        int enterprises = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
        long seed = args.length > 1 ? Long.parseLong(args[1]) : 2026;
        ControlPlan.Problem problem = generate(new SplittableRandom(seed), enterprises);
        double[] caps = new double[enterprises];
        for (int e = 0; e < enterprises; e++) {
            // A grade keeps 自主减排 (one option); the others may cut up to their last option
            List<ControlPlan.Option> options = problem.listed().get(e).options();
            caps[e] = options.size() == 1 ? 0 : options.get(options.size() - 1).outputCut();
        }
        int[] byGrade = new int[enterprises];
        // warm-up: the native library, the JIT
        PlanOptimiser.optimise(generate(new SplittableRandom(1), 200), Duration.ofSeconds(10), 0.005);
        for (int i = 0; i < 20; i++) {
            ControlPlan.uniformShare(problem, caps);
            ControlPlan.evaluate(problem, byGrade);
        }

        long t0 = System.nanoTime();
        double share = ControlPlan.uniformShare(problem, caps).orElseThrow();
        List<ControlPlan.Option> uniform = new ArrayList<>();
        for (double cap : caps) {
            uniform.add(ControlPlan.Option.limit(Math.min(share, cap)));
        }
        ControlPlan.Evaluation uniformPlan = ControlPlan.evaluate(problem, uniform);
        long t1 = System.nanoTime();
        ControlPlan.Evaluation gradePlan = ControlPlan.evaluate(problem, byGrade);
        long t2 = System.nanoTime();
        PlanOptimiser.Result optimised =
                PlanOptimiser.optimise(problem, Duration.ofSeconds(30), 0.005).orElseThrow();
        long t3 = System.nanoTime();
        ControlPlan.Evaluation optimisedPlan = ControlPlan.evaluate(problem, optimised.choice());

        System.out.printf(
                "enterprises %d, options 5 (A grade 1), pollutants 4, floors: city + %d counties%n", enterprises, COUNTIES);
        System.out.printf(
                "uniform   share %.4f  loss %,.1f  meets %s  %.2f ms%n",
                share, uniformPlan.weightedLoss(), uniformPlan.meetsFloors(), (t1 - t0) / 1e6);
        System.out.printf(
                "by grade  loss %,.1f  meets %s  %.2f ms%n",
                gradePlan.weightedLoss(), gradePlan.meetsFloors(), (t2 - t1) / 1e6);
        System.out.printf(
                "optimised loss %,.1f  meets %s  gap %.4f%%  optimal %s  %.0f ms%n",
                optimisedPlan.weightedLoss(),
                optimisedPlan.meetsFloors(),
                optimised.gap() * 100,
                optimised.optimal(),
                (t3 - t2) / 1e6);
    }

    /**
     * Listed enterprises with the grade pattern of METHODOLOGY.md 7.1/7.3: option 0 the grade's measure at orange
     * (A: 自主减排, its only option; B: 限产 20%; C: stop half the lines; D: stop), then 限产 steps of 10, 30, 60 and
     * 100% of the most the enterprise may cut (stop, or a 保障类 enterprise's allowed load): 5 options each.
     */
    static ControlPlan.Problem generate(SplittableRandom random, int n) {
        List<ControlPlan.Listed> listed = new ArrayList<>(n);
        for (int e = 0; e < n; e++) {
            double[] emissions = new double[ControlPlan.POLLUTANTS];
            for (int p = 0; p < emissions.length; p++) {
                emissions[p] = random.nextInt(4) == 0 ? 0 : Math.exp(random.nextDouble(2, 8));
            }
            double cap = random.nextInt(20) == 0 ? random.nextDouble(0.1, 0.4) : 1;
            int grade = random.nextInt(4);
            double own = Math.min(cap, new double[] {0, 0.2, 0.5, 1}[grade]);
            List<ControlPlan.Option> options = new ArrayList<>();
            options.add(option(random, own));
            if (grade > 0) {
                // the 限产 steps the optimiser may trade: milder and stricter than the grade's measure, up to the cap
                for (double step : new double[] {0.1, 0.3, 0.6, 1}) {
                    options.add(option(random, cap * step));
                }
            }
            listed.add(new ControlPlan.Listed(
                    random.nextInt(COUNTIES),
                    emissions,
                    Math.exp(random.nextDouble(3, 9)),
                    1 + random.nextInt(3) * 0.25,
                    options));
        }
        boolean[] covered = new boolean[COUNTIES];
        java.util.Arrays.fill(covered, true);
        return new ControlPlan.Problem(COUNTIES, listed, new double[] {0.2, 0.2, 0.2, 0.2}, covered);
    }

    private static ControlPlan.Option option(SplittableRandom random, double cut) {
        double[] emissionCut = new double[ControlPlan.POLLUTANTS];
        for (int p = 0; p < emissionCut.length; p++) {
            emissionCut[p] = Math.min(1, cut * random.nextDouble(0.8, 1.2));
        }
        return new ControlPlan.Option(cut, emissionCut);
    }
}
