package io.industrypulse.environment;

import com.google.ortools.Loader;
import com.google.ortools.linearsolver.MPConstraint;
import com.google.ortools.linearsolver.MPObjective;
import com.google.ortools.linearsolver.MPSolver;
import com.google.ortools.linearsolver.MPSolverParameters;
import com.google.ortools.linearsolver.MPVariable;
import io.industrypulse.engine.ControlPlan;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * The least-output-loss plan (issue 13): a multiple-choice integer programme solved by SCIP through OR-Tools. One
 * binary {@code x[e][k]} per enterprise and option, exactly one option per enterprise; for the city and each covered
 * county and each pollutant, {@code sum e, k of emissions[e][p] × cut[k][p] × x[e][k] >= floor[p] × emissions(region,
 * p)}; minimise {@code sum weight[e] × fullLoss[e] × outputCut[k] × x[e][k]}. The relaxation is tight (few binding
 * rows), so SCIP proves a small gap quickly; the time limit bounds every call (the native solver cannot be interrupted
 * otherwise).
 */
final class PlanOptimiser {

    private static volatile boolean loaded;

    private PlanOptimiser() {}

    /**
     * @param choice the option of each listed enterprise
     * @param objective the weighted loss of that choice
     * @param bound the solver's proven lower bound of the weighted loss
     * @param optimal whether the solver proved the choice optimal within the gap asked for
     */
    record Result(int[] choice, double objective, double bound, boolean optimal) {

        /** The proven relative gap, {@code (objective - bound) / objective}; 0 for a loss of 0. */
        double gap() {
            return objective <= 0 ? 0 : Math.max(0, (objective - bound) / objective);
        }
    }

    /**
     * The best plan found within {@code limit}, proven within {@code relativeGap} of the optimum when {@link
     * Result#optimal()}; empty when no plan meets the floors (the options do not allow it) or none was found in time.
     */
    static Optional<Result> optimise(ControlPlan.Problem problem, Duration limit, double relativeGap) {
        load();
        MPSolver solver = MPSolver.createSolver("SCIP");
        if (solver == null) {
            throw new IllegalStateException("SCIP is not available in this OR-Tools build");
        }
        try {
            List<ControlPlan.Listed> listed = problem.listed();
            MPVariable[][] x = new MPVariable[listed.size()][];
            MPObjective objective = solver.objective();
            for (int e = 0; e < listed.size(); e++) {
                ControlPlan.Listed enterprise = listed.get(e);
                int options = enterprise.options().size();
                x[e] = new MPVariable[options];
                MPConstraint one = solver.makeConstraint(1, 1);
                for (int k = 0; k < options; k++) {
                    x[e][k] = solver.makeBoolVar("x" + e + "_" + k);
                    one.setCoefficient(x[e][k], 1);
                    objective.setCoefficient(
                            x[e][k],
                            enterprise.weight()
                                    * enterprise.fullLoss()
                                    * enterprise.options().get(k).outputCut());
                }
            }
            objective.setMinimization();
            for (int county = -1; county < problem.countyCount(); county++) {
                if (county >= 0 && !problem.covered()[county]) {
                    continue;
                }
                for (int p = 0; p < ControlPlan.POLLUTANTS; p++) {
                    double floor = problem.floors()[p] * problem.emissions(county, p);
                    if (floor <= 0) {
                        continue;
                    }
                    MPConstraint row = solver.makeConstraint(floor, Double.POSITIVE_INFINITY);
                    for (int e = 0; e < listed.size(); e++) {
                        ControlPlan.Listed enterprise = listed.get(e);
                        if (county >= 0 && enterprise.county() != county) {
                            continue;
                        }
                        for (int k = 0; k < x[e].length; k++) {
                            double cut = enterprise.emissions()[p]
                                    * enterprise.options().get(k).emissionCut()[p];
                            if (cut > 0) {
                                row.setCoefficient(x[e][k], cut);
                            }
                        }
                    }
                }
            }
            solver.setTimeLimit(Math.max(1, limit.toMillis()));
            // no cutting planes: the relaxation is already within a fraction of a percent of the optimum, and at 2,000
            // enterprises SCIP's root separation rounds took 12 s before its heuristics ran (bench/README.md)
            solver.setSolverSpecificParametersAsString("separating/maxroundsroot = 0\nseparating/maxrounds = 0\n");
            // a greedy plan that meets the floors gives SCIP its first solution at once (the bound is near from the
            // start)
            int[] greedy = greedy(problem);
            if (greedy != null) {
                List<MPVariable> variables = new java.util.ArrayList<>();
                List<Double> values = new java.util.ArrayList<>();
                for (int e = 0; e < x.length; e++) {
                    for (int k = 0; k < x[e].length; k++) {
                        variables.add(x[e][k]);
                        values.add(k == greedy[e] ? 1.0 : 0.0);
                    }
                }
                solver.setHint(
                        variables.toArray(MPVariable[]::new),
                        values.stream().mapToDouble(Double::doubleValue).toArray());
            }
            MPSolverParameters parameters = new MPSolverParameters();
            parameters.setDoubleParam(MPSolverParameters.DoubleParam.RELATIVE_MIP_GAP, relativeGap);
            MPSolver.ResultStatus status = solver.solve(parameters);
            if (status != MPSolver.ResultStatus.OPTIMAL && status != MPSolver.ResultStatus.FEASIBLE) {
                return Optional.empty();
            }
            int[] choice = new int[listed.size()];
            for (int e = 0; e < listed.size(); e++) {
                int best = 0;
                for (int k = 1; k < x[e].length; k++) {
                    if (x[e][k].solutionValue() > x[e][best].solutionValue()) {
                        best = k;
                    }
                }
                choice[e] = best;
            }
            // the figures of the choice itself, not the solver's floating-point objective
            double value = ControlPlan.evaluate(problem, choice).weightedLoss();
            return Optional.of(new Result(
                    choice, value, Math.min(value, objective.bestBound()), status == MPSolver.ResultStatus.OPTIMAL));
        } finally {
            solver.delete();
        }
    }

    /**
     * A plan that meets the floors, built greedily: every enterprise starts at its cheapest option; while a floor is
     * short, the move (an enterprise to another option) that covers most of the shortfalls, each as a share of its
     * floor, per 万元 of weighted loss added is taken, among moves that cut no pollutant less (so that the walk ends:
     * every move raises some cut and lowers none). Null when no move is left and a floor is still short.
     */
    static int @org.jspecify.annotations.Nullable [] greedy(ControlPlan.Problem problem) {
        List<ControlPlan.Listed> listed = problem.listed();
        int regions = problem.countyCount() + 1;
        int pollutants = ControlPlan.POLLUTANTS;
        double[][] needed = new double[regions][pollutants];
        for (int r = 0; r < regions; r++) {
            boolean bound = r == 0 || problem.covered()[r - 1];
            for (int p = 0; p < pollutants; p++) {
                needed[r][p] = bound ? problem.floors()[p] * problem.emissions(r - 1, p) : 0;
            }
        }
        int[] choice = new int[listed.size()];
        double[][] shortfall = new double[regions][pollutants];
        for (int e = 0; e < listed.size(); e++) {
            ControlPlan.Listed enterprise = listed.get(e);
            for (int k = 1; k < enterprise.options().size(); k++) {
                if (cost(enterprise, k) < cost(enterprise, choice[e])) {
                    choice[e] = k;
                }
            }
        }
        for (int r = 0; r < regions; r++) {
            System.arraycopy(needed[r], 0, shortfall[r], 0, pollutants);
        }
        for (int e = 0; e < listed.size(); e++) {
            apply(listed.get(e), choice[e], -1, shortfall);
        }
        while (short_(shortfall, needed)) {
            int bestE = -1;
            int bestK = -1;
            double bestRatio = 0;
            for (int e = 0; e < listed.size(); e++) {
                ControlPlan.Listed enterprise = listed.get(e);
                ControlPlan.Option now = enterprise.options().get(choice[e]);
                for (int k = 0; k < enterprise.options().size(); k++) {
                    ControlPlan.Option next = enterprise.options().get(k);
                    if (!dominates(next, now)) {
                        continue; // a move that cuts one pollutant less could undo an earlier one: no cycles
                    }
                    double covered = 0;
                    for (int p = 0; p < pollutants; p++) {
                        double more = enterprise.emissions()[p] * (next.emissionCut()[p] - now.emissionCut()[p]);
                        if (more <= 0) {
                            continue;
                        }
                        for (int r : new int[] {0, 1 + enterprise.county()}) {
                            if (shortfall[r][p] > 0) {
                                covered += Math.min(more, shortfall[r][p]) / needed[r][p];
                            }
                        }
                    }
                    if (covered <= 0) {
                        continue;
                    }
                    double added = Math.max(1e-9, cost(enterprise, k) - cost(enterprise, choice[e]));
                    if (covered / added > bestRatio) {
                        bestRatio = covered / added;
                        bestE = e;
                        bestK = k;
                    }
                }
            }
            if (bestE < 0) {
                return null;
            }
            apply(listed.get(bestE), choice[bestE], 1, shortfall);
            choice[bestE] = bestK;
            apply(listed.get(bestE), bestK, -1, shortfall);
        }
        return choice;
    }

    /** Whether {@code next} cuts every pollutant at least as much as {@code now}, and one more. */
    private static boolean dominates(ControlPlan.Option next, ControlPlan.Option now) {
        boolean more = false;
        for (int p = 0; p < ControlPlan.POLLUTANTS; p++) {
            if (next.emissionCut()[p] < now.emissionCut()[p]) {
                return false;
            }
            more |= next.emissionCut()[p] > now.emissionCut()[p];
        }
        return more;
    }

    private static double cost(ControlPlan.Listed enterprise, int option) {
        return enterprise.weight()
                * enterprise.fullLoss()
                * enterprise.options().get(option).outputCut();
    }

    /** Adds ({@code sign} 1) or removes (-1) the option's cuts from the shortfalls of the city and its county. */
    private static void apply(ControlPlan.Listed enterprise, int option, int sign, double[][] shortfall) {
        for (int p = 0; p < ControlPlan.POLLUTANTS; p++) {
            double cut =
                    enterprise.emissions()[p] * enterprise.options().get(option).emissionCut()[p];
            shortfall[0][p] += sign * cut;
            shortfall[1 + enterprise.county()][p] += sign * cut;
        }
    }

    private static boolean short_(double[][] shortfall, double[][] needed) {
        for (int r = 0; r < shortfall.length; r++) {
            for (int p = 0; p < shortfall[r].length; p++) {
                if (needed[r][p] > 0 && shortfall[r][p] > needed[r][p] * 1e-12) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Extracts and loads the native library once per process (into {@code java.io.tmpdir}). */
    private static void load() {
        if (!loaded) {
            synchronized (PlanOptimiser.class) {
                if (!loaded) {
                    Loader.loadNativeLibraries();
                    loaded = true;
                }
            }
        }
    }
}
