package io.industrypulse.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

/** Per-enterprise sums add up to the engine's county figures, and the what-if reproduces the engine's required growth. */
class EnterpriseSumsTest {

    @Test
    void enterpriseSumsAddUpToTheCountiesAndGiveTheEnginesRequiredGrowth() {
        for (long seed = 1; seed <= 5; seed++) {
            EngineInput input = SyntheticCity.generate(seed, 300, 10);
            EngineResult result = Engine.compute(input);
            List<OptionalDouble> targets = new ArrayList<>();
            for (int k = 0; k < SyntheticCity.COUNTIES; k++) {
                targets.add(OptionalDouble.of(-2 + 1.5 * k));
            }
            EngineResult withTargets = Engine.compute(new EngineInput(
                    input.year(),
                    input.countyCount(),
                    input.divisionCount(),
                    input.rows(),
                    input.vaRatioPrevious(),
                    input.vaRatioCurrent(),
                    input.ppi(),
                    new Targets(OptionalDouble.of(6), targets),
                    input.benchmarks(),
                    input.tags()));
            for (int month = 2; month <= 10; month++) {
                EnterpriseSums sums = EnterpriseSums.of(input, month);
                for (int k = 0; k < SyntheticCity.COUNTIES; k++) {
                    double c = 0;
                    double a = 0;
                    double done = 0;
                    double rest = 0;
                    double increments = 0;
                    for (int e = 0; e < sums.size(); e++) {
                        if (sums.county()[e] == k) {
                            c += sums.comparableCum()[e];
                            a += sums.baseCum()[e];
                            done += sums.profileDone()[e];
                            rest += sums.profileRest()[e];
                            increments += sums.increment(e);
                        }
                    }
                    MonthFigures f = result.county(k).month(month);
                    assertThat(c).isCloseTo(f.comparableCum(), within(1e-6 * Math.max(1, c)));
                    assertThat(a).isCloseTo(f.baseCum(), within(1e-6 * Math.max(1, a)));
                    assertThat(increments).isCloseTo(f.comparableCum() - f.baseCum(), within(1e-6 * Math.max(1, c)));
                    // the what-if at the county's target reproduces the engine's required growth
                    double target = withTargets
                            .county(k)
                            .month(month)
                            .targetStatus()
                            .orElseThrow()
                            .target();
                    assertThat(RequiredGrowth.of(c, a, done, rest, target).getAsDouble())
                            .isCloseTo(
                                    withTargets
                                            .county(k)
                                            .month(month)
                                            .targetStatus()
                                            .orElseThrow()
                                            .requiredRestGrowth()
                                            .getAsDouble(),
                                    within(1e-6));
                }
            }
        }
    }

    @Test
    void requiredGrowthIsUndefinedWithoutARemainingBase() {
        assertThat(RequiredGrowth.of(110, 100, 50, 0, 6)).isEmpty();
        assertThat(RequiredGrowth.of(110, 0, 50, 50, 6)).isEmpty();
        // METHODOLOGY section 3.1: each point missed is recovered Ad/B times over; at target, required = target
        assertThat(RequiredGrowth.of(106, 100, 50, 50, 6).getAsDouble()).isCloseTo(6, within(1e-9));
        assertThat(RequiredGrowth.of(104, 100, 50, 50, 6).getAsDouble()).isCloseTo(8, within(1e-9));
    }
}
