package io.industrypulse.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

/**
 * What investment projects in production bring to next year's growth (DESIGN.md section 5.1, new production; the
 * "产值和投资双提升" scenario). A project producing from month p adds {@code annual_output × months / 12} of output next
 * year, with {@code months} its months in production next year (12 when it produces from this year or earlier,
 * {@code 13 - p} when from month p of next year), valued as new production at this year's prices and ratios:
 * {@code output × r} with its division's ratio r of this year (next year's PPI is unknown, so p = 1). New production adds
 * to C and not to A, so its worth in percentage points of a group's growth next year is {@code value_added / A_next *
 * 100}.
 *
 * <p>Next year's base A_next of a county is this year's output valued at this year's ratios, the months after the latest
 * with data estimated from last year's same months times the county's trend so far: {@code A_next = S(1..M) + L(M+1..12)
 * × S(1..M) / L(1..M)}, with S this year's and L last year's {@code output × r}; a county without last year's months
 * runs its average forward, {@code S(1..M) × 12 / M}. The city's base is the sum of its counties', so that the
 * counties' points add up to the city's. A project whose division has no ratio is valued at the city's average ratio
 * of this year ({@code sum output × r / sum output}).
 */
public final class ProjectOutput {

    private ProjectOutput() {}

    /**
     * A project in production or due to be.
     *
     * @param county its county index
     * @param division its division index in the input, or -1 when the input has none of its division
     * @param annualOutput its expected output of a full year in production, 万元 (current prices)
     * @param productionYear the year it goes (or went) into production
     * @param productionMonth the month (1..12) it goes into production
     */
    public record Project(int county, int division, double annualOutput, int productionYear, int productionMonth) {

        public Project {
            if (productionMonth < 1 || productionMonth > 12) {
                throw new IllegalArgumentException("production month must be 1..12: " + productionMonth);
            }
            if (!(annualOutput >= 0) || Double.isInfinite(annualOutput)) {
                throw new IllegalArgumentException("annual output must be a finite amount >= 0: " + annualOutput);
            }
        }

        /** Its months in production in {@code year}: 12 when it produced before, 13 - p in its year, 0 before that. */
        public int monthsIn(int year) {
            if (productionYear < year) {
                return 12;
            }
            return productionYear == year ? 13 - productionMonth : 0;
        }
    }

    /**
     * What a group's projects add next year.
     *
     * @param output output added, 万元 (current prices)
     * @param valueAdded value added, 万元
     * @param base the group's estimated base of next year, 万元
     * @param points the value added in percentage points of next year's growth; empty without a base
     */
    public record Gain(double output, double valueAdded, double base, OptionalDouble points) {}

    /** @param counties by county index; @param city the whole */
    public record Scenario(List<Gain> counties, Gain city) {

        public Scenario {
            counties = List.copyOf(counties);
        }
    }

    /** The projects' output next year ({@code input.year() + 1}), with data of this year through {@code lastMonth}. */
    public static Scenario nextYear(EngineInput input, int lastMonth, List<Project> projects) {
        if (lastMonth < 1 || lastMonth > 12) {
            throw new IllegalArgumentException("last month must be 1..12: " + lastMonth);
        }
        int counties = input.countyCount();
        double[] base = nextYearBase(input, lastMonth);
        double averageRatio = averageRatio(input, lastMonth);
        double[] output = new double[counties];
        double[] valueAdded = new double[counties];
        int next = input.year() + 1;
        for (Project project : projects) {
            double ratio = project.division() < 0 ? Double.NaN : input.vaRatioCurrent()[project.division()];
            if (!RowValue.known(ratio)) {
                ratio = averageRatio;
            }
            double added = project.annualOutput() * project.monthsIn(next) / 12;
            output[project.county()] += added;
            valueAdded[project.county()] += added * ratio;
        }
        List<Gain> gains = new ArrayList<>(counties);
        double cityOutput = 0;
        double cityValueAdded = 0;
        double cityBase = 0;
        for (int k = 0; k < counties; k++) {
            gains.add(gain(output[k], valueAdded[k], base[k]));
            cityOutput += output[k];
            cityValueAdded += valueAdded[k];
            cityBase += base[k];
        }
        return new Scenario(gains, gain(cityOutput, cityValueAdded, cityBase));
    }

    private static Gain gain(double output, double valueAdded, double base) {
        return new Gain(output, valueAdded, base, Formulas.share(valueAdded, base));
    }

    /** Each county's next-year base, as the class comment says. */
    static double[] nextYearBase(EngineInput input, int lastMonth) {
        Rows rows = input.rows();
        int counties = input.countyCount();
        double[] thisYear = new double[counties];
        double[] lastYearSoFar = new double[counties];
        double[] lastYearRest = new double[counties];
        double[] ratio = input.vaRatioCurrent();
        for (int i = 0; i < rows.size(); i++) {
            int period = rows.period()[i];
            boolean current = period >= Rows.currentYear(1);
            int month = current ? period - Rows.currentYear(1) + 1 : period + 1;
            if (current && month > lastMonth) {
                continue;
            }
            double output = rows.output()[i];
            if (output == 0) {
                continue;
            }
            // next year's same-scope base A = output_ly × r, with this year's output and ratio
            double value = RowValue.base(output, ratio[rows.division()[i]], i);
            int k = rows.county()[i];
            if (current) {
                thisYear[k] += value;
            } else if (month <= lastMonth) {
                lastYearSoFar[k] += value;
            } else {
                lastYearRest[k] += value;
            }
        }
        double[] base = new double[counties];
        for (int k = 0; k < counties; k++) {
            base[k] = lastYearSoFar[k] > 0
                    ? thisYear[k] + lastYearRest[k] * thisYear[k] / lastYearSoFar[k]
                    : thisYear[k] * 12 / lastMonth;
        }
        return base;
    }

    private static double averageRatio(EngineInput input, int lastMonth) {
        Rows rows = input.rows();
        double value = 0;
        double output = 0;
        for (int i = 0; i < rows.size(); i++) {
            int period = rows.period()[i];
            if (period >= Rows.currentYear(1) && period <= Rows.currentYear(lastMonth) && rows.output()[i] > 0) {
                output += rows.output()[i];
                value += RowValue.base(rows.output()[i], input.vaRatioCurrent()[rows.division()[i]], i);
            }
        }
        return output > 0 ? value / output : 0;
    }
}
