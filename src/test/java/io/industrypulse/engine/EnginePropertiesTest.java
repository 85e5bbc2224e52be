package io.industrypulse.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.api.Assertions.withinPercentage;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.SplittableRandom;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** Identities of DESIGN.md section 5 and METHODOLOGY section 2-3 over seeded random cities. */
class EnginePropertiesTest {

    private static final long[] SEEDS = {1, 7, 42, 2025, 99991};
    private static final double CLOSE = 1e-9;

    @Test
    void pullsOfAPartitionAddUpToTheWholesGrowth() {
        for (long seed : SEEDS) {
            EngineResult result = Engine.compute(SyntheticCity.generate(seed, 400, 11));
            for (int m = 1; m <= result.lastMonth(); m++) {
                double city = value(result.city().month(m).cumGrowth());
                double cityMonth = value(result.city().month(m).monthGrowth());
                assertThat(sum(result.ofKind(GroupKind.COUNTY), m, MonthFigures::pullCum))
                        .isCloseTo(city, within(CLOSE));
                assertThat(sum(result.ofKind(GroupKind.DIVISION), m, MonthFigures::pullCum))
                        .isCloseTo(city, within(CLOSE));
                assertThat(sum(result.ofKind(GroupKind.COUNTY), m, MonthFigures::pullMonth))
                        .isCloseTo(cityMonth, within(CLOSE));
                for (int k = 0; k < SyntheticCity.COUNTIES; k++) {
                    List<GroupResult> parts = inCounty(result, k);
                    assertThat(sum(parts, m, MonthFigures::pullCum))
                            .isCloseTo(value(result.county(k).month(m).cumGrowth()), within(CLOSE));
                }
            }
        }
    }

    @Test
    void contributionsOfAPartitionAddUpToOneHundred() {
        for (long seed : SEEDS) {
            EngineResult result = Engine.compute(SyntheticCity.generate(seed, 400, 11));
            for (int m = 1; m <= result.lastMonth(); m++) {
                assertThat(sum(result.ofKind(GroupKind.COUNTY), m, MonthFigures::contributionCum))
                        .isCloseTo(100, within(1e-7));
                assertThat(sum(result.ofKind(GroupKind.DIVISION), m, MonthFigures::contributionMonth))
                        .isCloseTo(100, within(1e-7));
                assertThat(sum(inCounty(result, 3), m, MonthFigures::contributionCum))
                        .isCloseTo(100, within(1e-7));
            }
        }
    }

    @Test
    void cumulativeGrowthIsTheBaseWeightedMeanOfItsMonths() {
        for (long seed : SEEDS) {
            EngineResult result = Engine.compute(SyntheticCity.generate(seed, 300, 11));
            for (GroupResult group : result.groups().values()) {
                double weighted = 0;
                for (int m = 1; m <= result.lastMonth(); m++) {
                    MonthFigures month = group.month(m);
                    if (month.monthGrowth().isEmpty()) {
                        break; // a month without base adds C and no weight: the identity needs every month's base
                    }
                    weighted += month.baseMonth() * month.monthGrowth().getAsDouble();
                    if (month.cumGrowth().isPresent()) {
                        assertThat(weighted / month.baseCum())
                                .isCloseTo(month.cumGrowth().getAsDouble(), within(CLOSE));
                    }
                    if (month.monthEffect().isPresent()) {
                        double previous = value(group.month(m - 1).cumGrowth());
                        assertThat(previous + month.monthEffect().getAsDouble())
                                .isCloseTo(value(month.cumGrowth()), within(CLOSE));
                    }
                }
            }
        }
    }

    @Test
    void resultsDoNotDependOnRowOrder() {
        EngineInput input = SyntheticCity.generate(5, 300, 11);
        EngineInput shuffled = withRows(input, shuffle(input.rows(), new SplittableRandom(11)));

        EngineResult a = Engine.compute(input);
        EngineResult b = Engine.compute(shuffled);

        assertThat(b.groups().keySet()).isEqualTo(a.groups().keySet());
        for (GroupKey key : a.groups().keySet()) {
            for (int m = 1; m <= a.lastMonth(); m++) {
                MonthFigures x = a.groups().get(key).month(m);
                MonthFigures y = b.groups().get(key).month(m);
                assertThat(y.comparableCum()).isCloseTo(x.comparableCum(), within(1e-9 * x.comparableCum() + 1e-12));
                assertClose(x.cumGrowth(), y.cumGrowth());
                assertClose(x.pullCum(), y.pullCum());
                assertClose(x.contributionCum(), y.contributionCum());
                assertThat(y.rank()).isEqualTo(x.rank());
                assertThat(y.targetStatus().map(TargetStatus::classification))
                        .isEqualTo(x.targetStatus().map(TargetStatus::classification));
                x.targetStatus()
                        .ifPresent(t -> assertClose(
                                t.requiredRestGrowth(),
                                y.targetStatus().orElseThrow().requiredRestGrowth()));
            }
        }
    }

    @Test
    void anEnterpriseMovedBetweenCountiesMovesItsPull() {
        EngineInput input = SyntheticCity.generate(3, 300, 11, List.of());
        int moved = 17;
        int from = input.rows().county()[rowOf(input.rows(), moved)];
        int to = (from + 1) % SyntheticCity.COUNTIES;
        EngineInput before = withTags(input, List.of(new TagGroup("moved", new int[] {moved})));
        int[] county = input.rows().county().clone();
        for (int i = 0; i < county.length; i++) {
            if (input.rows().enterprise()[i] == moved) {
                county[i] = to;
            }
        }
        Rows rows = input.rows();
        EngineInput after = withRows(
                before,
                new Rows(rows.period(), rows.enterprise(), county, rows.division(), rows.output(), rows.outputLy()));

        EngineResult a = Engine.compute(before);
        EngineResult b = Engine.compute(after);

        for (int m = 1; m <= a.lastMonth(); m++) {
            double own = value(a.tag(0).month(m).pullCum());
            assertThat(value(a.county(from).month(m).pullCum())
                            - value(b.county(from).month(m).pullCum()))
                    .isCloseTo(own, within(CLOSE));
            assertThat(value(b.county(to).month(m).pullCum())
                            - value(a.county(to).month(m).pullCum()))
                    .isCloseTo(own, within(CLOSE));
            assertThat(value(b.city().month(m).cumGrowth()))
                    .isCloseTo(value(a.city().month(m).cumGrowth()), within(CLOSE));
        }
    }

    @Test
    void aTagOfACountysEnterprisesEqualsTheCounty() {
        EngineInput input = SyntheticCity.generate(8, 200, 11);
        int[] ofCounty2 = java.util.stream.IntStream.range(0, input.rows().size())
                .filter(i -> input.rows().county()[i] == 2)
                .map(i -> input.rows().enterprise()[i])
                .distinct()
                .toArray();

        EngineResult result = Engine.compute(withTags(input, List.of(new TagGroup("county 2", ofCounty2))));

        // Same sums added in another order (a county is rolled up from its county x division cells, a tag row by
        // row): equal up to the last bits of a double, far inside the golden tolerance.
        for (int m = 1; m <= result.lastMonth(); m++) {
            MonthFigures county = result.county(2).month(m);
            MonthFigures tag = result.tag(0).month(m);
            assertThat(tag.comparableCum()).isCloseTo(county.comparableCum(), withinPercentage(1e-10));
            assertThat(tag.pullCum().getAsDouble()).isCloseTo(county.pullCum().getAsDouble(), within(1e-10));
            assertThat(tag.contributionMonth().getAsDouble())
                    .isCloseTo(county.contributionMonth().getAsDouble(), within(1e-10));
        }
    }

    @Test
    void undefinedValuesAreAbsentNeverNaN() {
        EngineInput input = SyntheticCity.generate(4, 50, 11);
        Rows rows = input.rows();
        double[] outputLy = rows.outputLy().clone();
        for (int i = 0; i < outputLy.length; i++) {
            if (rows.county()[i] == 0) {
                outputLy[i] = 0;
            }
        }
        EngineResult result = Engine.compute(withRows(
                input,
                new Rows(rows.period(), rows.enterprise(), rows.county(), rows.division(), rows.output(), outputLy)));

        MonthFigures month = result.county(0).month(5);
        assertThat(month.cumGrowth()).isEmpty();
        assertThat(month.monthGrowth()).isEmpty();
        assertThat(month.rank()).isEmpty();
        assertThat(month.targetStatus().orElseThrow().classification()).isEmpty();
        assertThat(month.targetStatus().orElseThrow().requiredRestGrowth()).isEmpty();
        assertThat(month.pullCum()).isPresent();
        for (GroupResult group : result.groups().values()) {
            for (MonthFigures figures : group.months()) {
                assertThat(figures.toString()).doesNotContain("NaN", "Infinity");
            }
        }
    }

    private static List<GroupResult> inCounty(EngineResult result, int county) {
        return result.ofKind(GroupKind.COUNTY_DIVISION).stream()
                .filter(g -> g.key().county() == county)
                .toList();
    }

    private static double sum(List<GroupResult> groups, int month, Function<MonthFigures, OptionalDouble> value) {
        double sum = 0;
        for (GroupResult group : groups) {
            sum += value.apply(group.month(month)).orElse(0);
        }
        return sum;
    }

    private static double value(OptionalDouble value) {
        assertThat(value).isPresent();
        return value.getAsDouble();
    }

    private static void assertClose(OptionalDouble x, OptionalDouble y) {
        assertThat(y.isPresent()).isEqualTo(x.isPresent());
        if (x.isPresent()) {
            assertThat(y.getAsDouble()).isCloseTo(x.getAsDouble(), within(CLOSE));
        }
    }

    private static int rowOf(Rows rows, int enterprise) {
        for (int i = 0; i < rows.size(); i++) {
            if (rows.enterprise()[i] == enterprise) {
                return i;
            }
        }
        throw new IllegalArgumentException("no rows of enterprise " + enterprise);
    }

    private static Rows shuffle(Rows rows, SplittableRandom random) {
        int n = rows.size();
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            order.add(i);
        }
        java.util.Collections.shuffle(order, new java.util.Random(random.nextLong()));
        int[] period = new int[n], enterprise = new int[n], county = new int[n], division = new int[n];
        double[] output = new double[n], outputLy = new double[n];
        for (int i = 0; i < n; i++) {
            int j = order.get(i);
            period[i] = rows.period()[j];
            enterprise[i] = rows.enterprise()[j];
            county[i] = rows.county()[j];
            division[i] = rows.division()[j];
            output[i] = rows.output()[j];
            outputLy[i] = rows.outputLy()[j];
        }
        return new Rows(period, enterprise, county, division, output, outputLy);
    }

    private static EngineInput withRows(EngineInput input, Rows rows) {
        return new EngineInput(
                input.year(),
                input.countyCount(),
                input.divisionCount(),
                rows,
                input.vaRatioPrevious(),
                input.vaRatioCurrent(),
                input.ppi(),
                input.targets(),
                input.benchmarks(),
                input.tags());
    }

    private static EngineInput withTags(EngineInput input, List<TagGroup> tags) {
        return new EngineInput(
                input.year(),
                input.countyCount(),
                input.divisionCount(),
                input.rows(),
                input.vaRatioPrevious(),
                input.vaRatioCurrent(),
                input.ppi(),
                input.targets(),
                input.benchmarks(),
                tags);
    }
}
