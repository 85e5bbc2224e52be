package io.industrypulse.engine;

/**
 * Per (group, month) sums of one computation in flat arrays, filled in a single pass over the rows (DESIGN.md section
 * 5): C (comparable), A (base), V (current prices) of the current year and L (the previous year's own value added,
 * the seasonal profile). Group slots: city, counties, divisions, county x division, tags. Each row is added to its
 * county x division cell and its tags only; counties, divisions and the city are then rolled up from the cells,
 * which partition them, so the pass over the rows writes four values per row instead of sixteen.
 */
final class GroupSums {

    static final int MONTHS = 12;

    final int countyCount;
    final int divisionCount;
    final int tagCount;
    final int groupCount;
    final double[] comparable;
    final double[] base;
    final double[] currentPrice;
    final double[] profile;
    final boolean[] hasRows;
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
        int countyCount = input.countyCount();
        int divisionCount = input.divisionCount();
        GroupSums sums = new GroupSums(countyCount, divisionCount, input.tags().size());
        Rows rows = input.rows();
        TagMembership membership = TagMembership.of(input.tags(), rows.enterprise());
        int[] period = rows.period();
        int[] county = rows.county();
        int[] division = rows.division();
        int[] enterprise = rows.enterprise();
        double[] output = rows.output();
        double[] outputLy = rows.outputLy();
        double[] vaPrevious = input.vaRatioPrevious();
        double[] vaCurrent = input.vaRatioCurrent();
        double[][] ppi = input.ppi();
        int[] slots = new int[1 + sums.tagCount];
        double[][] deflators = new double[MONTHS][divisionCount];
        for (int m = 0; m < MONTHS; m++) {
            for (int d = 0; d < divisionCount; d++) {
                // per month and division once; a row is refused below when its deflator is unknown (RowValue)
                deflators[m][d] = RowValue.known(vaCurrent[d]) && RowValue.known(ppi[m][d])
                        ? vaCurrent[d] / (ppi[m][d] / 100)
                        : Double.NaN;
            }
        }
        int lastMonth = 0;
        for (int i = 0; i < period.length; i++) {
            int p = period[i];
            int k = county[i];
            int d = division[i];
            if (p < 0
                    || p >= Rows.PERIODS
                    || enterprise[i] < 0
                    || k < 0
                    || k >= countyCount
                    || d < 0
                    || d >= divisionCount) {
                throw new IllegalArgumentException(
                        "row " + i + ": period, enterprise, county or division out of range");
            }
            int slotCount = sums.slots(slots, k, d, membership, enterprise[i]);
            if (p < MONTHS) {
                sums.add(sums.profile, slots, slotCount, p, RowValue.profile(output[i], vaPrevious[d], i));
            } else {
                int m = p - MONTHS;
                double ratio = vaCurrent[d];
                double deflator = deflators[m][d];
                if (Double.isNaN(deflator)) {
                    deflator = RowValue.deflator(ratio, ppi[m][d], i); // refuses the row, naming what is missing
                }
                double currentValue = output[i] * ratio;
                sums.add(sums.comparable, slots, slotCount, m, output[i] * deflator);
                sums.add(sums.base, slots, slotCount, m, RowValue.base(outputLy[i], ratio, i));
                sums.add(sums.currentPrice, slots, slotCount, m, currentValue);
                if (m >= lastMonth) {
                    lastMonth = m + 1;
                }
            }
        }
        sums.lastMonth = lastMonth;
        sums.rollUpCells();
        return sums;
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

    private int slots(int[] slots, int county, int division, TagMembership membership, int enterprise) {
        slots[0] = countyDivision(county, division);
        int n = 1;
        for (int j = membership.start(enterprise), end = membership.end(enterprise); j < end; j++) {
            slots[n++] = tag(membership.tag(j));
        }
        for (int j = 0; j < n; j++) {
            hasRows[slots[j]] = true;
        }
        return n;
    }

    private void add(double[] target, int[] slots, int slotCount, int month, double value) {
        for (int j = 0; j < slotCount; j++) {
            target[slots[j] * MONTHS + month] += value;
        }
    }
}
