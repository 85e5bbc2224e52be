package io.industrypulse.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

/**
 * The choice a control plan makes for an alert episode (METHODOLOGY.md 7, DESIGN.md 5.1): each listed enterprise takes
 * one of its options (a measure: the share of output it loses and the share of each pollutant's emissions it cuts),
 * and for the city and every covered county each pollutant's cut must reach its floor, as a share of the listed
 * enterprises' emissions there over the episode. A plan's loss is the comparable value added its output cuts cost
 * ({@code outputCut × fullLoss}, the value added of a full stop over the episode); the weighted loss multiplies each
 * enterprise's by its weight (a county behind its target weighs more). Which options an enterprise has is decided by
 * the caller (the measure rules); this class evaluates plans and finds the 一刀切 share, the solver lives with the
 * environment feature.
 */
public final class ControlPlan {

    /** SO2, NOx, PM, VOCs: the pollutants of the reduction floors, in this order. */
    public static final int POLLUTANTS = 4;

    /** Slack for floors met up to rounding. */
    private static final double TOLERANCE = 1e-9;

    private ControlPlan() {}

    /**
     * A measure an enterprise may take.
     *
     * @param outputCut share of its output lost over the episode, 0..1
     * @param emissionCut share of each pollutant's emissions cut, 0..1
     */
    public record Option(double outputCut, double[] emissionCut) {

        public Option {
            if (!(outputCut >= 0 && outputCut <= 1) || emissionCut.length != POLLUTANTS) {
                throw new IllegalArgumentException("an option needs a cut in 0..1 and one per pollutant");
            }
            emissionCut = emissionCut.clone();
            for (double cut : emissionCut) {
                if (!(cut >= 0 && cut <= 1)) {
                    throw new IllegalArgumentException("emission cuts are shares in 0..1");
                }
            }
        }

        /** A limit of {@code share} of output that cuts every pollutant by the same share (限产 x%). */
        public static Option limit(double share) {
            return new Option(share, new double[] {share, share, share, share});
        }
    }

    /**
     * A listed enterprise of the episode.
     *
     * @param county its county index
     * @param emissions its emissions over the episode per pollutant (kg), weighted where the wind makes them weigh more
     * @param fullLoss comparable value added of a full stop over the episode, 万元
     * @param weight the weight of its loss in the optimised objective, at least 1
     * @param options the measures it may take, at least one
     */
    public record Listed(int county, double[] emissions, double fullLoss, double weight, List<Option> options) {

        public Listed {
            if (emissions.length != POLLUTANTS || options.isEmpty() || fullLoss < 0 || !(weight >= 1)) {
                throw new IllegalArgumentException(
                        "a listed enterprise needs 4 emissions, a loss, a weight and options");
            }
            emissions = emissions.clone();
            options = List.copyOf(options);
        }
    }

    /**
     * @param countyCount number of counties (indices 0..countyCount - 1)
     * @param listed the listed enterprises
     * @param floors the cut each pollutant must reach, as a share of the listed emissions (0.2 = 20%)
     * @param covered the counties whose own floors apply (the city's always does)
     */
    public record Problem(int countyCount, List<Listed> listed, double[] floors, boolean[] covered) {

        public Problem {
            if (floors.length != POLLUTANTS || covered.length != countyCount) {
                throw new IllegalArgumentException("a problem needs 4 floors and a flag per county");
            }
            listed = List.copyOf(listed);
            floors = floors.clone();
            covered = covered.clone();
        }

        /** The listed emissions of pollutant {@code p} in the city ({@code county} -1) or a county. */
        public double emissions(int county, int p) {
            double sum = 0;
            for (Listed e : listed) {
                if (county < 0 || e.county() == county) {
                    sum += e.emissions()[p];
                }
            }
            return sum;
        }
    }

    /**
     * A plan's figures.
     *
     * @param cityCut the share of each pollutant's listed emissions cut in the city (NaN where there are none)
     * @param countyCut the same per county
     * @param meetsFloors whether the city's and every covered county's cuts reach the floors
     * @param loss comparable value added lost, 万元
     * @param weightedLoss the loss with each enterprise's weight
     * @param countyLoss the loss per county
     */
    public record Evaluation(
            double[] cityCut,
            double[][] countyCut,
            boolean meetsFloors,
            double loss,
            double weightedLoss,
            double[] countyLoss) {}

    /** The figures of the plan that gives enterprise {@code i} its option {@code choice[i]}. */
    public static Evaluation evaluate(Problem problem, int[] choice) {
        if (choice.length != problem.listed().size()) {
            throw new IllegalArgumentException("one choice per listed enterprise");
        }
        List<Option> chosen = new ArrayList<>(choice.length);
        for (int i = 0; i < choice.length; i++) {
            chosen.add(problem.listed().get(i).options().get(choice[i]));
        }
        return evaluate(problem, chosen);
    }

    /** The figures of the plan that gives each listed enterprise the option at its index (any option, chosen or not). */
    public static Evaluation evaluate(Problem problem, List<Option> chosen) {
        int counties = problem.countyCount();
        double[][] cut = new double[counties + 1][POLLUTANTS];
        double[][] total = new double[counties + 1][POLLUTANTS];
        double[] countyLoss = new double[counties];
        double loss = 0;
        double weighted = 0;
        for (int i = 0; i < chosen.size(); i++) {
            Listed e = problem.listed().get(i);
            Option o = chosen.get(i);
            for (int p = 0; p < POLLUTANTS; p++) {
                double cutKg = e.emissions()[p] * o.emissionCut()[p];
                cut[0][p] += cutKg;
                total[0][p] += e.emissions()[p];
                cut[1 + e.county()][p] += cutKg;
                total[1 + e.county()][p] += e.emissions()[p];
            }
            double l = o.outputCut() * e.fullLoss();
            loss += l;
            weighted += l * e.weight();
            countyLoss[e.county()] += l;
        }
        boolean meets = true;
        double[][] share = new double[counties + 1][POLLUTANTS];
        for (int r = 0; r <= counties; r++) {
            boolean bound = r == 0 || problem.covered()[r - 1];
            for (int p = 0; p < POLLUTANTS; p++) {
                share[r][p] = total[r][p] > 0 ? cut[r][p] / total[r][p] : Double.NaN;
                if (bound && total[r][p] > 0 && cut[r][p] < problem.floors()[p] * total[r][p] * (1 - TOLERANCE)) {
                    meets = false;
                }
            }
        }
        double[][] countyCut = new double[counties][];
        System.arraycopy(share, 1, countyCut, 0, counties);
        return new Evaluation(share[0], countyCut, meets, loss, weighted, countyLoss);
    }

    /**
     * The 一刀切 share: the smallest share {@code s} such that every listed enterprise limiting {@code min(s, cap)} of
     * its output (and emissions) meets every floor, where {@code caps[i]} is the most enterprise {@code i} may cut (1,
     * or less for a 保障类 enterprise's allowed load, 0 for one that only takes 自主减排); empty when even the caps do
     * not reach the floors. Exact: on each piece between two caps the cut grows linearly in {@code s}.
     */
    public static OptionalDouble uniformShare(Problem problem, double[] caps) {
        if (caps.length != problem.listed().size()) {
            throw new IllegalArgumentException("one cap per listed enterprise");
        }
        double share = 0;
        for (int r = -1; r < problem.countyCount(); r++) {
            if (r >= 0 && !problem.covered()[r]) {
                continue;
            }
            for (int p = 0; p < POLLUTANTS; p++) {
                OptionalDouble needed = smallestShare(problem, caps, r, p);
                if (needed.isEmpty()) {
                    return OptionalDouble.empty();
                }
                share = Math.max(share, needed.getAsDouble());
            }
        }
        return OptionalDouble.of(share);
    }

    /**
     * The 一刀切 order on top of the guide: every enterprise not {@code exempt} (A, A+, 绩效引领性 keep 自主减排) takes
     * whichever cuts more output of its own measure {@code own[i]} (an index into its options) and 限产 {@code min(s,
     * caps[i])}; the smallest share {@code s} in 0..1 that meets every floor, or empty when even {@code s = 1} does not.
     * Exact: between two consecutive breakpoints (the own measures' cuts and the caps) every region's cut of every
     * pollutant is linear in {@code s}, so each piece gives an interval of shares, and the first non-empty one wins.
     */
    public static OptionalDouble uniformOnTop(Problem problem, int[] own, double[] caps, boolean[] exempt) {
        int n = problem.listed().size();
        if (own.length != n || caps.length != n || exempt.length != n) {
            throw new IllegalArgumentException("one own measure, cap and exemption per listed enterprise");
        }
        java.util.TreeSet<Double> breaks = new java.util.TreeSet<>(List.of(0.0, 1.0));
        for (int i = 0; i < n; i++) {
            if (!exempt[i]) {
                breaks.add(clamp(problem.listed().get(i).options().get(own[i]).outputCut()));
                breaks.add(clamp(caps[i]));
            }
        }
        Double lo = breaks.first();
        for (Double hi : breaks.tailSet(lo, false)) {
            OptionalDouble s = smallestOnPiece(problem, own, caps, exempt, lo, hi);
            if (s.isPresent()) {
                // at the piece's own start an enterprise may still keep its measure (with other emission cuts):
                // check the plan itself, and take the share just above when the start does not do
                for (double share : new double[] {s.getAsDouble(), Math.min(hi, s.getAsDouble() + 1e-9)}) {
                    if (evaluate(problem, onTop(problem, own, caps, exempt, share))
                            .meetsFloors()) {
                        return OptionalDouble.of(share);
                    }
                }
            }
            lo = hi;
        }
        return OptionalDouble.empty();
    }

    /** The plan {@link #uniformOnTop} describes, at share {@code s}: each enterprise's option. */
    public static List<Option> onTop(Problem problem, int[] own, double[] caps, boolean[] exempt, double s) {
        List<Option> chosen = new ArrayList<>(own.length);
        for (int i = 0; i < own.length; i++) {
            Option mine = problem.listed().get(i).options().get(own[i]);
            double limit = Math.min(s, clamp(caps[i]));
            chosen.add(exempt[i] || mine.outputCut() >= limit ? mine : Option.limit(limit));
        }
        return chosen;
    }

    /**
     * On the piece {@code [lo, hi]} each enterprise either keeps its own measure (its cut is at least {@code s} or it
     * is exempt), limits {@code s}, or limits its cap: the cut of every region and pollutant is {@code a + b s}.
     */
    private static OptionalDouble smallestOnPiece(
            Problem problem, int[] own, double[] caps, boolean[] exempt, double lo, double hi) {
        double mid = (lo + hi) / 2;
        int counties = problem.countyCount();
        double[][] constant = new double[counties + 1][POLLUTANTS];
        double[][] slope = new double[counties + 1][POLLUTANTS];
        for (int i = 0; i < own.length; i++) {
            Listed e = problem.listed().get(i);
            Option mine = e.options().get(own[i]);
            double cap = clamp(caps[i]);
            for (int p = 0; p < POLLUTANTS; p++) {
                double a;
                double b = 0;
                if (exempt[i] || mine.outputCut() >= Math.min(mid, cap)) {
                    a = e.emissions()[p] * mine.emissionCut()[p];
                } else if (cap <= mid) {
                    a = e.emissions()[p] * cap;
                } else {
                    a = 0;
                    b = e.emissions()[p];
                }
                constant[0][p] += a;
                slope[0][p] += b;
                constant[1 + e.county()][p] += a;
                slope[1 + e.county()][p] += b;
            }
        }
        double from = lo;
        double to = hi;
        for (int r = 0; r <= counties; r++) {
            if (r > 0 && !problem.covered()[r - 1]) {
                continue;
            }
            for (int p = 0; p < POLLUTANTS; p++) {
                double need = problem.floors()[p] * problem.emissions(r - 1, p);
                if (need <= 0) {
                    continue;
                }
                if (slope[r][p] > 0) {
                    from = Math.max(from, (need - constant[r][p]) / slope[r][p]);
                } else if (constant[r][p] < need) {
                    return OptionalDouble.empty();
                }
            }
        }
        return from <= to ? OptionalDouble.of(from) : OptionalDouble.empty();
    }

    private static double clamp(double share) {
        return Math.max(0, Math.min(1, share));
    }

    /** The smallest uniform share that meets pollutant {@code p}'s floor in region {@code county} (-1: the city). */
    private static OptionalDouble smallestShare(Problem problem, double[] caps, int county, int p) {
        List<double[]> members = new ArrayList<>(); // {cap, emissions}
        double total = 0;
        for (int i = 0; i < caps.length; i++) {
            Listed e = problem.listed().get(i);
            if ((county < 0 || e.county() == county) && e.emissions()[p] > 0) {
                members.add(new double[] {Math.max(0, Math.min(1, caps[i])), e.emissions()[p]});
                total += e.emissions()[p];
            }
        }
        double target = problem.floors()[p] * total;
        if (target <= 0) {
            return OptionalDouble.of(0);
        }
        members.sort((a, b) -> Double.compare(a[0], b[0]));
        // h(s) = sum of emissions x min(s, cap): below the j-th cap, the capped ones give their full cut and the rest s
        double capped = 0;
        double open = total;
        double previous = 0;
        for (double[] m : members) {
            double atCap = capped + m[0] * open;
            if (atCap >= target) {
                return OptionalDouble.of(Math.max(previous, (target - capped) / open));
            }
            capped += m[0] * m[1];
            open -= m[1];
            previous = m[0];
        }
        return OptionalDouble.empty();
    }
}
