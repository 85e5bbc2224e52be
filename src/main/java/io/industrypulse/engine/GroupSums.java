package io.industrypulse.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Per (group, month) sums of one computation in flat arrays, filled in a single pass over the rows (DESIGN.md section
 * 5): C (comparable), A (base), V (current prices) of the current year and L (the previous year's own value added,
 * the seasonal profile). Group slots: city, counties, divisions, county x division, tags. Each row is added to its
 * county x division cell and its tags only; counties, divisions and the city are then rolled up from the cells,
 * which partition them, so the pass over the rows writes four values per row instead of sixteen.
 *
 * <p>The pass runs on every core: the rows are cut into chunks of {@link #CHUNK} rows, each summed into its own
 * arrays, and the chunks' sums are added up in chunk order. The cut does not depend on the number of cores, so the
 * results are the same on every machine, and an input of one chunk (a city's) is summed exactly as in one pass.
 */
final class GroupSums {

    static final int MONTHS = 12;

    /** Rows per chunk: large enough that a chunk's own arrays cost nothing, small enough to keep both cores busy. */
    static final int CHUNK = 1 << 18;

    final int countyCount;
    final int divisionCount;
    final int tagCount;
    final int groupCount;
    final double[] comparable;
    final double[] base;
    final double[] currentPrice;
    final double[] profile;
    final boolean[] hasRows;
    /** Current-year rows with output and a zero base, month and enterprise packed: see flagNewProduction. */
    private long[] newProduction = new long[0];

    private int newProductionCount;

    int lastMonth;

    private GroupSums(int countyCount, int divisionCount, int tagCount) {
        this.countyCount = countyCount;
        this.divisionCount = divisionCount;
        this.tagCount = tagCount;
        this.groupCount = 1 + countyCount + divisionCount + countyCount * divisionCount + tagCount;
        this.comparable = new double[groupCount * MONTHS];
        this.base = new double[groupCount * MONTHS];
        this.currentPrice = new double[groupCount * MONTHS];
        this.profile = new double[groupCount * MONTHS];
        this.hasRows = new boolean[groupCount];
    }

    int county(int county) {
        return 1 + county;
    }

    int division(int division) {
        return 1 + countyCount + division;
    }

    int countyDivision(int county, int division) {
        return 1 + countyCount + divisionCount + county * divisionCount + division;
    }

    int tag(int tag) {
        return 1 + countyCount + divisionCount + countyCount * divisionCount + tag;
    }

    static GroupSums accumulate(EngineInput input) {
        Pass pass = new Pass(input, TagMembership.of(input.tags()));
        int rows = input.rows().size();
        int chunks = Math.max(1, (rows + CHUNK - 1) / CHUNK);
        // toList keeps the chunks' order, so they are added up in the same order whichever core summed them
        List<GroupSums> parts = IntStream.range(0, chunks)
                .parallel()
                .mapToObj(c -> pass.sum(c * CHUNK, Math.min(rows, (c + 1) * CHUNK)))
                .toList();
        GroupSums sums = parts.get(0);
        for (int c = 1; c < chunks; c++) {
            sums.add(parts.get(c));
        }
        sums.rollUpCells();
        return sums;
    }

    /**
     * What every chunk of the pass shares: the input's columns, the tags, and each row's factors looked up once per
     * month and division. A factor the input leaves unknown is NaN here, and a row that needs it is refused through
     * {@link RowValue}, which names what is missing.
     */
    private static final class Pass {

        private final EngineInput input;
        private final TagMembership membership;
        /** r(previous year) by division: L = output × r(previous year). */
        private final double[] profileRatio;
        /** r by division: A = output_ly × r, V = output × r. */
        private final double[] ratio;
        /** r / p by month × divisions + division: C = output × r / p. */
        private final double[] deflator;

        Pass(EngineInput input, TagMembership membership) {
            this.input = input;
            this.membership = membership;
            int divisionCount = input.divisionCount();
            double[] vaPrevious = input.vaRatioPrevious();
            double[] vaCurrent = input.vaRatioCurrent();
            double[][] ppi = input.ppi();
            this.profileRatio = new double[divisionCount];
            this.ratio = new double[divisionCount];
            this.deflator = new double[MONTHS * divisionCount];
            for (int d = 0; d < divisionCount; d++) {
                profileRatio[d] = RowValue.known(vaPrevious[d]) ? vaPrevious[d] : Double.NaN;
                ratio[d] = RowValue.known(vaCurrent[d]) ? vaCurrent[d] : Double.NaN;
                for (int m = 0; m < MONTHS; m++) {
                    deflator[m * divisionCount + d] = RowValue.known(vaCurrent[d]) && RowValue.known(ppi[m][d])
                            ? vaCurrent[d] / (ppi[m][d] / 100)
                            : Double.NaN;
                }
            }
        }

        /** The sums of rows {@code from} (inclusive) to {@code to} (exclusive), before the roll-up. */
        GroupSums sum(int from, int to) {
            int countyCount = input.countyCount();
            int divisionCount = input.divisionCount();
            GroupSums sums =
                    new GroupSums(countyCount, divisionCount, input.tags().size());
            Rows rows = input.rows();
            int[] period = rows.period();
            int[] county = rows.county();
            int[] division = rows.division();
            int[] enterprise = rows.enterprise();
            double[] output = rows.output();
            double[] outputLy = rows.outputLy();
            double[] comparable = sums.comparable;
            double[] base = sums.base;
            double[] currentPrice = sums.currentPrice;
            double[] profile = sums.profile;
            boolean[] hasRows = sums.hasRows;
            int firstCell = sums.countyDivision(0, 0);
            int firstTag = sums.tag(0);
            int tagged = membership.enterprises();
            int lastMonth = 0;
            for (int i = from; i < to; i++) {
                int p = period[i];
                int k = county[i];
                int d = division[i];
                int e = enterprise[i];
                if (p < 0 || p >= Rows.PERIODS || e < 0 || k < 0 || k >= countyCount || d < 0 || d >= divisionCount) {
                    throw new IllegalArgumentException(
                            "row " + i + ": period, enterprise, county or division out of range");
                }
                int cell = firstCell + k * divisionCount + d;
                hasRows[cell] = true;
                int tagFrom = e < tagged ? membership.start(e) : 0;
                int tagTo = e < tagged ? membership.end(e) : 0;
                for (int j = tagFrom; j < tagTo; j++) {
                    hasRows[firstTag + membership.tag(j)] = true;
                }
                if (p < MONTHS) {
                    double r = profileRatio[d];
                    if (Double.isNaN(r)) {
                        RowValue.profile(output[i], input.vaRatioPrevious()[d], i); // refuses the row
                    }
                    double l = output[i] * r;
                    profile[cell * MONTHS + p] += l;
                    for (int j = tagFrom; j < tagTo; j++) {
                        profile[(firstTag + membership.tag(j)) * MONTHS + p] += l;
                    }
                } else {
                    int m = p - MONTHS;
                    double r = ratio[d];
                    double deflate = deflator[m * divisionCount + d];
                    if (Double.isNaN(deflate)) {
                        RowValue.deflator(input.vaRatioCurrent()[d], input.ppi()[m][d], i); // refuses the row
                    }
                    double c = output[i] * deflate;
                    double a = outputLy[i] * r;
                    double v = output[i] * r;
                    int at = cell * MONTHS + m;
                    comparable[at] += c;
                    base[at] += a;
                    currentPrice[at] += v;
                    for (int j = tagFrom; j < tagTo; j++) {
                        int tagAt = (firstTag + membership.tag(j)) * MONTHS + m;
                        comparable[tagAt] += c;
                        base[tagAt] += a;
                        currentPrice[tagAt] += v;
                    }
                    if (m >= lastMonth) {
                        lastMonth = m + 1;
                    }
                    // DESIGN.md section 5: output without a base adds to C and not to A, and is flagged
                    if (outputLy[i] == 0 && output[i] > 0) {
                        sums.flagNewProduction(m + 1, e);
                    }
                }
            }
            sums.lastMonth = lastMonth;
            return sums;
        }
    }

    /** Flags a current-year row with output and a zero base: month (1..12) and enterprise, packed to sort as one. */
    private void flagNewProduction(int month, int enterprise) {
        if (newProductionCount == newProduction.length) {
            newProduction = java.util.Arrays.copyOf(newProduction, Math.max(16, 2 * newProductionCount));
        }
        newProduction[newProductionCount++] = (long) month << 32 | enterprise;
    }

    /** The flagged rows, by month, then enterprise. */
    List<NewProduction> newProduction() {
        long[] flagged = java.util.Arrays.copyOf(newProduction, newProductionCount);
        java.util.Arrays.sort(flagged);
        List<NewProduction> list = new ArrayList<>(flagged.length);
        for (long f : flagged) {
            list.add(new NewProduction((int) f, (int) (f >>> 32)));
        }
        return list;
    }

    /** Adds another chunk's sums (before the roll-up) to these. */
    private void add(GroupSums other) {
        for (int i = 0; i < comparable.length; i++) {
            comparable[i] += other.comparable[i];
            base[i] += other.base[i];
            currentPrice[i] += other.currentPrice[i];
            profile[i] += other.profile[i];
        }
        for (int g = 0; g < groupCount; g++) {
            hasRows[g] |= other.hasRows[g];
        }
        lastMonth = Math.max(lastMonth, other.lastMonth);
        for (int f = 0; f < other.newProductionCount; f++) {
            long flagged = other.newProduction[f];
            flagNewProduction((int) (flagged >>> 32), (int) flagged);
        }
    }

    /** County, division and city sums as the sums of their county x division cells. */
    private void rollUpCells() {
        for (int k = 0; k < countyCount; k++) {
            for (int d = 0; d < divisionCount; d++) {
                int cell = countyDivision(k, d);
                if (!hasRows[cell]) {
                    continue;
                }
                for (int parent : new int[] {0, county(k), division(d)}) {
                    hasRows[parent] = true;
                    for (double[] target : new double[][] {comparable, base, currentPrice, profile}) {
                        for (int m = 0; m < MONTHS; m++) {
                            target[parent * MONTHS + m] += target[cell * MONTHS + m];
                        }
                    }
                }
            }
        }
    }
}
