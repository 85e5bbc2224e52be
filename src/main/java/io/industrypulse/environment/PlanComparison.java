package io.industrypulse.environment;

import io.industrypulse.engine.ControlPlan;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The three plans of an episode side by side (issue 13): (a) 一刀切, every enterprise the guide lets be limited takes
 * the stricter of its own measure and the same 限产 share, the smallest share that meets the floors; (b) the
 * grade-based plan, each enterprise its grade's measure; (c) the optimised plan, the least weighted loss over the
 * measures each may be given ({@link AllowedMeasures}) and the 一刀切 share, so that it is never worse than (a), nor
 * than (b) when (b) meets the floors.
 */
final class PlanComparison {

    /** The optimiser's relative gap: the figure it proves, and the one the benchmark holds it to. */
    static final double GAP = 0.005;

    private PlanComparison() {}

    /**
     * A listed enterprise as the plans see it.
     *
     * @param options the measures it may be given, its own first ({@link AllowedMeasures})
     * @param cap the most output it may lose
     * @param exempt whether it keeps 自主减排 even under a 一刀切 order (A, A+, 引领性)
     */
    record Candidate(
            int county,
            double[] emissions,
            double fullLoss,
            double weight,
            List<ControlPlan.Option> options,
            double cap,
            boolean exempt) {}

    /**
     * @param measures each enterprise's measure, in the candidates' order
     * @param share the 一刀切 share (for {@link PlanKind#UNIFORM})
     * @param gap the proven relative gap (for {@link PlanKind#OPTIMISED})
     */
    record Plan(
            PlanKind kind,
            List<ControlPlan.Option> measures,
            ControlPlan.Evaluation evaluation,
            OptionalDouble share,
            OptionalDouble gap) {}

    /**
     * @param uniform empty when no share meets the floors
     * @param optimised empty when no plan meets the floors or none was found in time
     */
    record Plans(Optional<Plan> uniform, Plan byGrade, Optional<Plan> optimised) {}

    static Plans of(List<Candidate> candidates, int counties, double[] floors, boolean[] covered, Duration limit) {
        int n = candidates.size();
        List<ControlPlan.Listed> listed = new ArrayList<>(n);
        int[] own = new int[n];
        double[] caps = new double[n];
        boolean[] exempt = new boolean[n];
        for (int i = 0; i < n; i++) {
            Candidate c = candidates.get(i);
            listed.add(new ControlPlan.Listed(c.county(), c.emissions(), c.fullLoss(), c.weight(), c.options()));
            caps[i] = c.cap();
            exempt[i] = c.exempt();
        }
        ControlPlan.Problem guide = new ControlPlan.Problem(counties, listed, floors, covered);
        List<ControlPlan.Option> byGrade = new ArrayList<>(n);
        for (Candidate c : candidates) {
            byGrade.add(c.options().get(0));
        }
        Plan grade = new Plan(
                PlanKind.BY_GRADE,
                byGrade,
                ControlPlan.evaluate(guide, byGrade),
                OptionalDouble.empty(),
                OptionalDouble.empty());
        OptionalDouble share = ControlPlan.uniformOnTop(guide, own, caps, exempt);
        Optional<Plan> uniform = Optional.empty();
        ControlPlan.Problem offered = guide;
        if (share.isPresent()) {
            List<ControlPlan.Option> measures = ControlPlan.onTop(guide, own, caps, exempt, share.getAsDouble());
            uniform = Optional.of(new Plan(
                    PlanKind.UNIFORM, measures, ControlPlan.evaluate(guide, measures), share, OptionalDouble.empty()));
            List<ControlPlan.Listed> withShare = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                ControlPlan.Listed e = listed.get(i);
                List<ControlPlan.Option> options = new ArrayList<>(e.options());
                if (!options.contains(measures.get(i))) {
                    options.add(measures.get(i));
                }
                withShare.add(new ControlPlan.Listed(e.county(), e.emissions(), e.fullLoss(), e.weight(), options));
            }
            offered = new ControlPlan.Problem(counties, withShare, floors, covered);
        }
        ControlPlan.Problem problem = offered;
        Optional<Plan> optimised = PlanOptimiser.optimise(problem, limit, GAP).map(result -> {
            List<ControlPlan.Option> measures = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                measures.add(problem.listed().get(i).options().get(result.choice()[i]));
            }
            return new Plan(
                    PlanKind.OPTIMISED,
                    measures,
                    ControlPlan.evaluate(guide, measures),
                    OptionalDouble.empty(),
                    OptionalDouble.of(result.gap()));
        });
        // within the gap the solver may stop at a plan a baseline beats: both are plans it may choose, so keep the best
        for (Plan baseline : baselines(uniform, grade)) {
            if (optimised.isPresent()
                    && baseline.evaluation().weightedLoss()
                            < optimised.get().evaluation().weightedLoss()) {
                optimised = Optional.of(new Plan(
                        PlanKind.OPTIMISED,
                        baseline.measures(),
                        baseline.evaluation(),
                        OptionalDouble.empty(),
                        optimised.get().gap()));
            }
        }
        return new Plans(uniform, grade, optimised);
    }

    private static List<Plan> baselines(Optional<Plan> uniform, Plan grade) {
        List<Plan> out = new ArrayList<>();
        uniform.ifPresent(out::add);
        if (grade.evaluation().meetsFloors()) {
            out.add(grade);
        }
        return out;
    }
}
