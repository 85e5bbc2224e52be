package io.industrypulse.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.Test;

/**
 * The projects' output next year: by hand on one county, and against next year's snapshot recomputed by the engine —
 * every enterprise flat on its estimated base, the projects' months added as new production rows — to 1e-9 pp.
 */
class ProjectOutputTest {

    @Test
    void monthsInProductionNextYear() {
        assertThat(new ProjectOutput.Project(0, 0, 1, 2026, 5).monthsIn(2027)).isEqualTo(12);
        assertThat(new ProjectOutput.Project(0, 0, 1, 2027, 4).monthsIn(2027)).isEqualTo(9);
        assertThat(new ProjectOutput.Project(0, 0, 1, 2027, 12).monthsIn(2027)).isEqualTo(1);
        assertThat(new ProjectOutput.Project(0, 0, 1, 2028, 1).monthsIn(2027)).isZero();
        assertThatThrownBy(() -> new ProjectOutput.Project(0, 0, 1, 2027, 13))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ProjectOutput.Project(0, 0, -1, 2027, 1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    /**
     * One county, one division (r = 0.25): last year 100 a month, this year 110 in January..September. Next year's
     * base: S = 9 × 110 × 0.25 = 247.5; L(1..9) = 225, L(10..12) = 75; A = 247.5 + 75 × 247.5 / 225 = 330. A project
     * of 240 a year from July next year adds 6 months: 120 of output, 30 of value added, 30 / 330 × 100 = 9.0909 pp.
     */
    @Test
    void oneCountyByHand() {
        EngineInput input = flat(0.25, 100, 110, 9);
        ProjectOutput.Scenario scenario =
                ProjectOutput.nextYear(input, 9, List.of(new ProjectOutput.Project(0, 0, 240, 2027, 7)));
        ProjectOutput.Gain gain = scenario.counties().get(0);
        assertThat(gain.base()).isCloseTo(330.0, within(1e-9));
        assertThat(gain.output()).isCloseTo(120.0, within(1e-9));
        assertThat(gain.valueAdded()).isCloseTo(30.0, within(1e-9));
        assertThat(gain.points().getAsDouble()).isCloseTo(30.0 / 330 * 100, within(1e-9));
        assertThat(scenario.city().points().getAsDouble()).isCloseTo(30.0 / 330 * 100, within(1e-9));
        // a division the city has no enterprise of is valued at the city's average ratio (here 0.25)
        ProjectOutput.Scenario unknown =
                ProjectOutput.nextYear(input, 9, List.of(new ProjectOutput.Project(0, -1, 240, 2026, 3)));
        assertThat(unknown.city().valueAdded()).isCloseTo(240 * 0.25, within(1e-9));
        // nothing in production next year adds nothing
        assertThat(ProjectOutput.nextYear(input, 9, List.of(new ProjectOutput.Project(0, 0, 240, 2028, 1)))
                        .city()
                        .points()
                        .getAsDouble())
                .isZero();
    }

    private static EngineInput flat(double ratio, double lastYear, double thisYear, int lastMonth) {
        int n = 12 + lastMonth;
        int[] period = new int[n];
        double[] output = new double[n];
        double[] outputLy = new double[n];
        for (int m = 1; m <= 12; m++) {
            period[m - 1] = Rows.previousYear(m);
            output[m - 1] = lastYear;
        }
        for (int m = 1; m <= lastMonth; m++) {
            period[11 + m] = Rows.currentYear(m);
            output[11 + m] = thisYear;
            outputLy[11 + m] = lastYear;
        }
        double[][] ppi = new double[12][1];
        for (double[] month : ppi) {
            month[0] = 100;
        }
        return new EngineInput(
                2026,
                1,
                1,
                new Rows(period, new int[n], new int[n], new int[n], output, outputLy),
                new double[] {ratio},
                new double[] {ratio},
                ppi,
                Targets.none(1),
                Benchmarks.none(),
                List.of());
    }

    @RepeatedTest(20)
    void equalsNextYearsRecomputedSnapshotWithTheProjectsAdded(RepetitionInfo repetition) {
        SplittableRandom random = new SplittableRandom(300 + repetition.getCurrentRepetition());
        int lastMonth = 1 + random.nextInt(12);
        GeneratedCity city = GeneratedCity.generate(random, 30);
        List<ProjectOutput.Project> projects = new ArrayList<>();
        for (int p = 0; p < 12; p++) {
            projects.add(new ProjectOutput.Project(
                    random.nextInt(GeneratedCity.COUNTIES),
                    random.nextInt(GeneratedCity.DIVISIONS),
                    random.nextDouble(500, 50_000),
                    2026 + random.nextInt(3),
                    1 + random.nextInt(12)));
        }

        ProjectOutput.Scenario scenario = ProjectOutput.nextYear(city.input(lastMonth), lastMonth, projects);

        EngineResult next = Engine.compute(nextYear(city, lastMonth, projects));
        for (int k = 0; k < GeneratedCity.COUNTIES; k++) {
            assertThat(scenario.counties().get(k).points().getAsDouble())
                    .as("county %d", k)
                    .isCloseTo(next.county(k).month(12).cumGrowth().getAsDouble(), within(1e-9));
        }
        assertThat(scenario.city().points().getAsDouble())
                .isCloseTo(next.city().month(12).cumGrowth().getAsDouble(), within(1e-9));
    }

    /**
     * Next year (2027) as the engine would see it: this year's rows as last year's, the months after M estimated as
     * last year's times the county's trend so far; every enterprise flat at prices of this year (PPI 100, the same
     * ratios), so its C equals its A; each project a new enterprise producing annual / 12 a month from its first month.
     */
    private static EngineInput nextYear(GeneratedCity city, int lastMonth, List<ProjectOutput.Project> projects) {
        int enterprises = city.county.length;
        double[] soFar = new double[GeneratedCity.COUNTIES];
        double[] lastSoFar = new double[GeneratedCity.COUNTIES];
        for (int e = 0; e < enterprises; e++) {
            for (int m = 0; m < lastMonth; m++) {
                soFar[city.county[e]] += city.thisYear[e][m] * city.ratio[city.division[e]];
                lastSoFar[city.county[e]] += city.lastYear[e][m] * city.ratio[city.division[e]];
            }
        }
        List<double[]> rows = new ArrayList<>(); // period, enterprise, county, division, output, outputLy
        for (int e = 0; e < enterprises; e++) {
            int k = city.county[e];
            for (int m = 1; m <= 12; m++) {
                double level =
                        m <= lastMonth ? city.thisYear[e][m - 1] : city.lastYear[e][m - 1] * soFar[k] / lastSoFar[k];
                rows.add(new double[] {Rows.previousYear(m), e, k, city.division[e], level, 0});
                rows.add(new double[] {Rows.currentYear(m), e, k, city.division[e], level, level});
            }
        }
        for (int p = 0; p < projects.size(); p++) {
            ProjectOutput.Project project = projects.get(p);
            int first = project.productionYear() < 2027
                    ? 1
                    : project.productionYear() == 2027 ? project.productionMonth() : 13;
            for (int m = first; m <= 12; m++) {
                rows.add(new double[] {
                    Rows.currentYear(m),
                    enterprises + p,
                    project.county(),
                    project.division(),
                    project.annualOutput() / 12,
                    0
                });
            }
        }
        int n = rows.size();
        int[] period = new int[n];
        int[] enterprise = new int[n];
        int[] county = new int[n];
        int[] division = new int[n];
        double[] output = new double[n];
        double[] outputLy = new double[n];
        for (int i = 0; i < n; i++) {
            double[] r = rows.get(i);
            period[i] = (int) r[0];
            enterprise[i] = (int) r[1];
            county[i] = (int) r[2];
            division[i] = (int) r[3];
            output[i] = r[4];
            outputLy[i] = r[5];
        }
        double[][] ppi = new double[12][GeneratedCity.DIVISIONS];
        for (double[] month : ppi) {
            java.util.Arrays.fill(month, 100);
        }
        return new EngineInput(
                2027,
                GeneratedCity.COUNTIES,
                GeneratedCity.DIVISIONS,
                new Rows(period, enterprise, county, division, output, outputLy),
                city.ratio.clone(),
                city.ratio.clone(),
                ppi,
                Targets.none(GeneratedCity.COUNTIES),
                Benchmarks.none(),
                List.of());
    }
}
