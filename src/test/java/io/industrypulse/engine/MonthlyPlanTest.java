package io.industrypulse.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The monthly plan reaches the target exactly in December and agrees with the engine's required growth. */
class MonthlyPlanTest {

    private static final double[] PROFILE = {80, 70, 95, 98, 100, 102, 99, 101, 103, 104, 106, 112};

    @Test
    void withoutDataEveryMonthGrowsAtTheTarget() {
        MonthlyPlan plan = MonthlyPlan.of(6.0, PROFILE, new double[0], new double[0]);
        assertThat(plan.requiredRestGrowth().getAsDouble()).isCloseTo(6.0, within(1e-12));
        for (MonthlyPlan.Month month : plan.months()) {
            assertThat(month.actual()).isFalse();
            assertThat(month.cumGrowth().getAsDouble()).isCloseTo(6.0, within(1e-9));
        }
        assertThat(plan.fourthQuarterBetterThanThird()).contains(false);
    }

    @Test
    void methodologyWorkedExampleForDecember() {
        // METHODOLOGY 3.1: bases as given, Σ1..11 = 1,058; C such that G_11 = 5.2 → required December 13.56%.
        double[] c = new double[11];
        double[] a = new double[11];
        for (int m = 0; m < 11; m++) {
            a[m] = PROFILE[m];
            c[m] = PROFILE[m] * 1.052;
        }
        MonthlyPlan plan = MonthlyPlan.of(6.0, PROFILE, c, a);
        assertThat(plan.requiredRestGrowth().getAsDouble()).isCloseTo(13.56, within(0.005));
        assertThat(plan.month(12).cumGrowth().getAsDouble()).isCloseTo(6.0, within(1e-9));
        assertThat(plan.month(11).actual()).isTrue();
        assertThat(plan.month(12).actual()).isFalse();
        assertThat(plan.fourthQuarterBetterThanThird()).contains(true);
    }

    @Test
    void theQuarterSoFarAndWhatTheRestOfTheFourthQuarterNeeds() {
        // January-September at 5% (so Q3 grew 5.0%), October at 8% on the profile's bases
        double[] c = new double[10];
        double[] a = new double[10];
        for (int m = 0; m < 10; m++) {
            a[m] = PROFILE[m];
            c[m] = PROFILE[m] * (m < 9 ? 1.05 : 1.08);
        }
        MonthlyPlan plan = MonthlyPlan.of(6.0, PROFILE, c, a);
        assertThat(plan.quarterToDate(3).getAsDouble()).isCloseTo(5.0, within(1e-9));
        assertThat(plan.quarterToDate(4).getAsDouble()).isCloseTo(8.0, within(1e-9));
        // November and December's bases are last year's 106 and 112 (the done months' bases equal the profile);
        // for Q4 at 5.1%: C(11..12) = 1.051 * (104 + 106 + 112) - 104 * 1.08 = 226.102 on a base of 218 → 3.7165%
        assertThat(plan.restOfQuarterRequired(4, 5.1).getAsDouble()).isCloseTo(3.7165, within(0.0001));
        // a quarter over has nothing left to require; a quarter not begun has no growth so far
        assertThat(plan.restOfQuarterRequired(3, 5.1)).isEmpty();
        MonthlyPlan september =
                MonthlyPlan.of(6.0, PROFILE, java.util.Arrays.copyOf(c, 9), java.util.Arrays.copyOf(a, 9));
        assertThat(september.quarterToDate(4)).isEmpty();
        // with Q4 not begun the whole quarter must grow at the rate asked
        assertThat(september.restOfQuarterRequired(4, 5.1).getAsDouble()).isCloseTo(5.1, within(1e-9));
    }

    @Test
    void reachesTheTargetExactlyInDecemberWhateverHasBeenAchieved() {
        SplittableRandom random = new SplittableRandom(7);
        for (int run = 0; run < 500; run++) {
            double target = random.nextDouble(-5, 15);
            double[] profile = new double[12];
            for (int m = 0; m < 12; m++) {
                profile[m] = random.nextDouble(1, 1000);
            }
            int done = random.nextInt(12);
            double[] c = new double[done];
            double[] a = new double[done];
            for (int m = 0; m < done; m++) {
                a[m] = profile[m] * random.nextDouble(0.8, 1.2);
                c[m] = a[m] * random.nextDouble(0.7, 1.4);
            }
            MonthlyPlan plan = MonthlyPlan.of(target, profile, c, a);
            assertThat(plan.month(12).cumGrowth().getAsDouble()).isCloseTo(target, within(1e-9));
            assertThat(plan.quarters().get(3).cumGrowth().getAsDouble()).isCloseTo(target, within(1e-9));
            for (int m = 1; m <= done; m++) {
                assertThat(plan.month(m).comparable()).isEqualTo(c[m - 1]);
            }
        }
    }

    @Test
    void requiredGrowthAndValueStillNeededAgreeWithTheEngine() {
        EngineInput input = SyntheticCity.generate(11, 3000, 8);
        EngineResult result = Engine.compute(input);
        for (int k = 0; k < input.countyCount(); k++) {
            GroupResult county = result.county(k);
            if (county.month(8).targetStatus().isEmpty()) {
                continue;
            }
            TargetStatus status = county.month(8).targetStatus().get();
            double[] c = new double[8];
            double[] a = new double[8];
            for (int m = 1; m <= 8; m++) {
                c[m - 1] = county.month(m).comparableMonth();
                a[m - 1] = county.month(m).baseMonth();
            }
            MonthlyPlan plan = MonthlyPlan.of(status.target(), MonthlyPlan.lastYearProfiles(input)[k + 1], c, a);
            assertThat(plan.requiredRestGrowth().getAsDouble())
                    .isCloseTo(status.requiredRestGrowth().getAsDouble(), within(1e-8));
            assertThat(plan.valueStillNeeded().getAsDouble())
                    .isCloseTo(status.valueStillNeeded().getAsDouble(), within(1e-6));
            assertThat(plan.month(8).cumGrowth().getAsDouble())
                    .isCloseTo(county.month(8).cumGrowth().getAsDouble(), within(1e-9));
        }
    }

    @Test
    void quartersOfActualMonthsEqualTheEngine() {
        EngineInput input = SyntheticCity.generate(3, 2000, 9);
        EngineResult result = Engine.compute(input);
        GroupResult city = result.city();
        double[] c = new double[9];
        double[] a = new double[9];
        for (int m = 1; m <= 9; m++) {
            c[m - 1] = city.month(m).comparableMonth();
            a[m - 1] = city.month(m).baseMonth();
        }
        MonthlyPlan plan = MonthlyPlan.of(6.0, MonthlyPlan.lastYearProfiles(input)[0], c, a);
        for (int q = 1; q <= 3; q++) {
            assertThat(plan.quarters().get(q - 1).actual()).isTrue();
            assertThat(plan.quarters().get(q - 1).growth().getAsDouble())
                    .isCloseTo(city.quarter(q).getAsDouble(), within(1e-9));
        }
        assertThat(plan.quarters().get(3).actual()).isFalse();
    }
}
