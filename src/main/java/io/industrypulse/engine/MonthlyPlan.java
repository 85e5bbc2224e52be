package io.industrypulse.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The monthly plan of a region (以月保季、以季保年, METHODOLOGY 3.1 and 4): the cumulative growth path, month by month,
 * that reaches the annual target t in December, recomputed after each month of actual data. Months 1..M are actual;
 * every remaining month grows at the required growth of the remaining months (DESIGN.md section 5)
 * {@code r = ((1 + t/100) * (Ad + B) - Cd) / B - 1}, on the bases estimated from last year's seasonal profile L,
 * {@code B_m = Ad * L_m / L(1..M)} (for M = 0 the profile itself: {@code B_m = L_m}). So the planned December
 * cumulative growth is t exactly.
 *
 * @param target t, %
 * @param monthsDone M, the months with actual data (0..12)
 * @param requiredRestGrowth r, %; empty when M = 12 or the remaining base is zero
 * @param valueStillNeeded comparable value added (万元) the months M+1..12 must produce: {@code (1 + t/100) * (Ad + B) -
 *     Cd}; empty with r
 * @param months the twelve months, actual or planned
 * @param quarters the four quarters: growth of the quarter's months (actual where done, planned where not)
 */
public record MonthlyPlan(
        double target,
        int monthsDone,
        OptionalDouble requiredRestGrowth,
        OptionalDouble valueStillNeeded,
        List<Month> months,
        List<Quarter> quarters) {

    public MonthlyPlan {
        months = List.copyOf(months);
        quarters = List.copyOf(quarters);
    }

    /**
     * One month of the plan.
     *
     * @param actual data of the month are in (C and A are reported), otherwise planned
     * @param comparable C of the month (planned: {@code (1 + r) * B_m})
     * @param base A of the month (planned: the estimated base B_m)
     * @param monthGrowth {@code (C / A - 1) * 100}
     * @param cumGrowth the same over January..month
     */
    public record Month(
            int month,
            boolean actual,
            double comparable,
            double base,
            OptionalDouble monthGrowth,
            OptionalDouble cumGrowth) {}

    /**
     * One quarter of the plan.
     *
     * @param actual all three months are actual
     * @param growth {@code (ΣC / ΣA - 1) * 100} over the quarter's months
     * @param cumGrowth cumulative growth at the quarter's end (1-3月, 1-6月, 1-9月, the year)
     */
    public record Quarter(int quarter, boolean actual, OptionalDouble growth, OptionalDouble cumGrowth) {}

    /**
     * Plans a region's year.
     *
     * @param target annual target t, %
     * @param lastYearProfile L by month (12 values, 万元): last year's own value added by month
     * @param comparable C of the months done (M values)
     * @param base A of the months done (M values)
     */
    public static MonthlyPlan of(double target, double[] lastYearProfile, double[] comparable, double[] base) {
        if (lastYearProfile.length != 12) {
            throw new IllegalArgumentException("the profile needs 12 months");
        }
        if (comparable.length != base.length || comparable.length > 12) {
            throw new IllegalArgumentException("comparable and base need one value per month done");
        }
        int done = comparable.length;
        double cd = 0;
        double ad = 0;
        double profileDone = 0;
        for (int m = 0; m < done; m++) {
            cd += comparable[m];
            ad += base[m];
            profileDone += lastYearProfile[m];
        }
        double[] estimated = new double[12];
        double rest = 0;
        for (int m = done; m < 12; m++) {
            if (done == 0) {
                estimated[m] = lastYearProfile[m];
            } else if (profileDone > 0) {
                estimated[m] = ad * lastYearProfile[m] / profileDone;
            }
            rest += estimated[m];
        }
        OptionalDouble required = OptionalDouble.empty();
        OptionalDouble stillNeeded = OptionalDouble.empty();
        if (done < 12 && rest > 0) {
            double needed = (1 + target / 100) * (ad + rest) - cd;
            required = OptionalDouble.of((needed / rest - 1) * 100);
            stillNeeded = OptionalDouble.of(needed);
        }
        double[] c = new double[12];
        double[] a = new double[12];
        List<Month> months = new ArrayList<>(12);
        double runningC = 0;
        double runningA = 0;
        for (int m = 0; m < 12; m++) {
            boolean actual = m < done;
            if (actual) {
                c[m] = comparable[m];
                a[m] = base[m];
            } else if (required.isPresent()) {
                a[m] = estimated[m];
                c[m] = estimated[m] * (1 + required.getAsDouble() / 100);
            }
            runningC += c[m];
            runningA += a[m];
            months.add(new Month(
                    m + 1, actual, c[m], a[m], Formulas.growth(c[m], a[m]), Formulas.growth(runningC, runningA)));
        }
        List<Quarter> quarters = new ArrayList<>(4);
        for (int q = 0; q < 4; q++) {
            int first = 3 * q;
            double qc = c[first] + c[first + 1] + c[first + 2];
            double qa = a[first] + a[first + 1] + a[first + 2];
            quarters.add(new Quarter(
                    q + 1,
                    first + 3 <= done,
                    Formulas.growth(qc, qa),
                    months.get(first + 2).cumGrowth()));
        }
        return new MonthlyPlan(target, done, required, stillNeeded, months, quarters);
    }

    /** Figures of month {@code month} (1..12). */
    public Month month(int month) {
        return months.get(month - 1);
    }

    /**
     * 四季度好于三季度 on the plan: g(Q4) > g(Q3), decided on the published (rounded) figures; empty when either is
     * undefined.
     */
    public Optional<Boolean> fourthQuarterBetterThanThird() {
        OptionalDouble q3 = quarters.get(2).growth();
        OptionalDouble q4 = quarters.get(3).growth();
        return q3.isPresent() && q4.isPresent()
                ? Optional.of(Published.round(q4.getAsDouble()) > Published.round(q3.getAsDouble()))
                : Optional.empty();
    }

    /**
     * Growth of quarter {@code quarter} (1..4) over its months done so far: {@code (ΣC / ΣA - 1) * 100} over the
     * actual months of the quarter (the whole quarter once it is over); empty before its first month is done.
     */
    public OptionalDouble quarterToDate(int quarter) {
        double c = 0;
        double a = 0;
        boolean any = false;
        for (int m = 3 * quarter - 2; m <= 3 * quarter; m++) {
            Month month = month(m);
            if (month.actual()) {
                c += month.comparable();
                a += month.base();
                any = true;
            }
        }
        return any ? Formulas.growth(c, a) : OptionalDouble.empty();
    }

    /**
     * The growth the months of {@code quarter} not yet done need for the quarter to grow by {@code quarterGrowth}:
     * with {@code Cq, Aq} the actual months' sums and {@code Bq} the estimated base of the rest (last year's profile, as
     * for the required growth of the year), {@code ((1 + g/100) * (Aq + Bq) - Cq) / Bq - 1}, in percent; empty when
     * no month of the quarter is left or their base is 0.
     */
    public OptionalDouble restOfQuarterRequired(int quarter, double quarterGrowth) {
        double cDone = 0;
        double aDone = 0;
        double rest = 0;
        for (int m = 3 * quarter - 2; m <= 3 * quarter; m++) {
            Month month = month(m);
            if (month.actual()) {
                cDone += month.comparable();
                aDone += month.base();
            } else {
                rest += month.base();
            }
        }
        if (rest <= 0) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of((((1 + quarterGrowth / 100) * (aDone + rest) - cDone) / rest - 1) * 100);
    }

    /**
     * Last year's seasonal profile L of the city (index 0) and of every county k (index k + 1): for each month the
     * previous year's rows' {@code output * va_ratio(previous year, division)} (DESIGN.md section 5), 万元; one pass
     * over the rows, each region's months summed in row order.
     */
    public static double[][] lastYearProfiles(EngineInput input) {
        Rows rows = input.rows();
        double[][] profiles = new double[input.countyCount() + 1][12];
        for (int i = 0; i < rows.size(); i++) {
            int p = rows.period()[i];
            if (p < 12) {
                double value = rows.output()[i] * input.vaRatioPrevious()[rows.division()[i]];
                profiles[0][p] += value;
                profiles[rows.county()[i] + 1][p] += value;
            }
        }
        return profiles;
    }
}
