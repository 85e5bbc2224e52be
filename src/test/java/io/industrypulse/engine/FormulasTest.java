package io.industrypulse.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

/** The whole's growth combined from its parts' growths and bases is the engine's growth of the whole. */
class FormulasTest {

    @Test
    void countiesCombinedByTheirBasesGiveTheCitysGrowth() {
        for (long seed = 1; seed <= 5; seed++) {
            EngineResult result = Engine.compute(SyntheticCity.generate(seed, 300, 10));
            for (int month = 1; month <= 10; month++) {
                double[] bases = new double[SyntheticCity.COUNTIES];
                OptionalDouble[] growths = new OptionalDouble[SyntheticCity.COUNTIES];
                for (int k = 0; k < SyntheticCity.COUNTIES; k++) {
                    MonthFigures f = result.county(k).month(month);
                    bases[k] = f.baseMonth();
                    growths[k] = f.monthGrowth();
                }
                double city = result.city().month(month).monthGrowth().getAsDouble();
                assertThat(Formulas.combinedGrowth(bases, growths).getAsDouble())
                        .isCloseTo(city, within(1e-9));
            }
        }
    }

    @Test
    void partsWithoutGrowthOrBaseAreLeftOut() {
        OptionalDouble[] growths = {OptionalDouble.of(10), OptionalDouble.empty(), OptionalDouble.of(-50)};
        assertThat(Formulas.combinedGrowth(new double[] {100, 400, 0}, growths).getAsDouble())
                .isEqualTo(10);
        assertThat(Formulas.combinedGrowth(new double[] {0}, new OptionalDouble[] {OptionalDouble.of(3)}))
                .isEmpty();
    }
}
