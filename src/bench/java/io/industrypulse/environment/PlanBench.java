package io.industrypulse.environment;

import io.industrypulse.engine.ControlPlan;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The control plans at the size of issue 13: 2,000 listed enterprises × 5 options × 4 pollutants, floors for the city
 * and 12 counties (a local orange alert: 45%). Times, in one run, the optimised plan (SCIP, gap 0.5%, 30 s limit), the
 * 一刀切 share and the grade-based plan's evaluation (the baselines), each after a warm-up. Not a test: see
 * bench/README.md. {@code java ... io.industrypulse.environment.PlanBench [enterprises] [seed]}.
 */
public final class PlanBench {

    private static final int COUNTIES = 12;
    /** A local orange alert asking more than the national 20% (a city's ≥40%, METHODOLOGY.md 7.2). */
    private static final double FLOOR = 0.45;

    private PlanBench() {}

    public static void main(String[] args) {
        int enterprises = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
        long seed = args.length > 1 ? Long.parseLong(args[1]) : 2026;
        ControlPlan.Problem generated = generate(new SplittableRandom(seed), enterprises);
        int[] byGrade = new int[enterprises];
        double[] caps = new double[enterprises];
        boolean[] exempt = new boolean[enterprises];
        for (int e = 0; e < enterprises; e++) {
            // A grade keeps 自主减排 (its only option); the others may cut up to their last option
            List<ControlPlan.Option> options = generated.listed().get(e).options();
            exempt[e] = options.size() == 1;
            caps[e] = options.get(options.size() - 1).outputCut();
        }
        // warm-up: the native library, the JIT
        PlanOptimiser.optimise(generate(new SplittableRandom(1), 200), Duration.ofSeconds(10), 0.005);
        for (int i = 0; i < 20; i++) {
            ControlPlan.uniformOnTop(generated, byGrade, caps, exempt);
            ControlPlan.evaluate(generated, byGrade);
        }

        long t0 = System.nanoTime();
        double share = ControlPlan.uniformOnTop(generated, byGrade, caps, exempt).orElseThrow();
        List<ControlPlan.Option> uniform = ControlPlan.onTop(generated, byGrade, caps, exempt, share);
        ControlPlan.Evaluation uniformPlan = ControlPlan.evaluate(generated, uniform);
        long t1 = System.nanoTime();
        ControlPlan.Evaluation gradePlan = ControlPlan.evaluate(generated, byGrade);
        long t2 = System.nanoTime();
        // the 一刀切 share is offered to every enterprise it does not exempt, so both baselines are plans to choose
        List<ControlPlan.Listed> offered = new ArrayList<>();
        for (int e = 0; e < enterprises; e++) {
            ControlPlan.Listed listed = generated.listed().get(e);
            List<ControlPlan.Option> options = new ArrayList<>(listed.options());
            if (!options.contains(uniform.get(e))) {
                options.add(uniform.get(e));
            }
            offered.add(new ControlPlan.Listed(
                    listed.county(), listed.emissions(), listed.fullLoss(), listed.weight(), options));
        }
        ControlPlan.Problem problem =
                new ControlPlan.Problem(COUNTIES, offered, generated.floors(), generated.covered());
        PlanOptimiser.Result optimised =
                PlanOptimiser.optimise(problem, Duration.ofSeconds(30), 0.005).orElseThrow();
        long t3 = System.nanoTime();
        // t2..t3 includes building the offered problem (a few ms)
        ControlPlan.Evaluation optimisedPlan = ControlPlan.evaluate(problem, optimised.choice());

        System.out.printf(
                "enterprises %d, options <= 6 (A grade 1), pollutants 4, floors %.0f%%: city + %d counties%n", enterprises, FLOOR * 100, COUNTIES);
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
     * (A: 自主减排, its only option; B: 限产 20%; C: stop half the lines; D: stop), then the stricter measures it may be
     * given: 限产 at a quarter, half, three quarters and all of the way from its own cut to the most it may cut (stop,
     * or a 保障类 enterprise's allowed load): up to 5 options each, 6 with the 一刀切 share.
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
            if (grade > 0 && own < cap) {
                // the stricter measures it may be given: 限产 steps from its own measure up to its cap
                for (double step : new double[] {0.25, 0.5, 0.75, 1}) {
                    options.add(option(random, own + (cap - own) * step));
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
        return new ControlPlan.Problem(COUNTIES, listed, new double[] {FLOOR, FLOOR, FLOOR, FLOOR}, covered);
    }

    private static ControlPlan.Option option(SplittableRandom random, double cut) {
        double[] emissionCut = new double[ControlPlan.POLLUTANTS];
        for (int p = 0; p < emissionCut.length; p++) {
            emissionCut[p] = Math.min(1, cut * random.nextDouble(0.8, 1.2));
        }
        return new ControlPlan.Option(cut, emissionCut);
    }
}
