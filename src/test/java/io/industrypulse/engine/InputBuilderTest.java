package io.industrypulse.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Rebuilding an input from the one before with only some months read again (the monitor after a month's import). */
class InputBuilderTest {

    private static final List<String> COUNTIES = List.of("K1", "K2", "K3");
    private static final int ENTERPRISES = 40;

    /** The enterprises E0..E39, over three counties and four divisions. */
    private static InputBuilder builder() {
        InputBuilder builder = new InputBuilder(2026, "C", COUNTIES);
        for (int e = 0; e < ENTERPRISES; e++) {
            builder.enterprise("E" + e, COUNTIES.get(e % 3), "D" + (e % 4));
        }
        for (int d = 0; d < 4; d++) {
            builder.vaRatio(2025, "D" + d, 0.3).vaRatio(2026, "D" + d, 0.3);
            for (int m = 1; m <= 6; m++) {
                builder.ppi(2026, m, "D" + d, 101.5 - d);
            }
        }
        return builder;
    }

    /** Output of enterprise e in period p (0..11 last year, 12..17 this year up to June), in one of two versions. */
    private static double output(SplittableRandom random) {
        return Math.round(random.nextDouble(50, 500) * 100) / 100.0;
    }

    /** Every row of periods 0..17 by period, then enterprise; May (period 16) in its revised version when asked. */
    private static InputBuilder withRows(InputBuilder builder, boolean revisedMay, int onlyPeriod) {
        SplittableRandom random = new SplittableRandom(7);
        for (int p = 0; p < 18; p++) {
            for (int e = 0; e < ENTERPRISES; e++) {
                double value = output(random);
                double revised = output(random);
                if (onlyPeriod < 0 || onlyPeriod == p) {
                    int year = p < 12 ? 2025 : 2026;
                    int month = p % 12 + 1;
                    builder.row(year, month, "E" + e, p == 16 && revisedMay ? revised : value, value * 0.95);
                }
            }
        }
        return builder;
    }

    @Test
    void theRowsOfTheOtherMonthsAndTheMonthReadAgainGiveTheInputOfReadingEverything() {
        LabelledInput before = withRows(builder(), false, -1).build();
        LabelledInput everything = withRows(builder(), true, -1).build();

        InputBuilder rebuilt = builder();
        for (int p = 0; p < Rows.PERIODS; p++) {
            if (p == 16) {
                withRows(rebuilt, true, 16);
            } else {
                rebuilt.rowsOf(before, p);
            }
        }
        LabelledInput input = rebuilt.build();

        Rows a = input.engineInput().rows();
        Rows b = everything.engineInput().rows();
        assertThat(a.size()).isEqualTo(18 * ENTERPRISES);
        assertThat(a.period()).isEqualTo(b.period());
        assertThat(a.enterprise()).isEqualTo(b.enterprise());
        assertThat(a.county()).isEqualTo(b.county());
        assertThat(a.division()).isEqualTo(b.division());
        assertThat(a.output()).isEqualTo(b.output());
        assertThat(a.outputLy()).isEqualTo(b.outputLy());
        EngineResult result = Engine.compute(input.engineInput());
        assertThat(result).isEqualTo(Engine.compute(everything.engineInput()));
        assertThat(result.city().month(5).comparableMonth())
                .as("May is the revised May")
                .isNotEqualTo(
                        Engine.compute(before.engineInput()).city().month(5).comparableMonth());
    }

    @Test
    void rowsOfEnterprisesTheBuilderWasNotGivenAreRefused() {
        LabelledInput before = withRows(builder(), false, -1).build();
        InputBuilder fewer = new InputBuilder(2026, "C", COUNTIES).enterprise("E0", "K1", "D0");

        assertThatThrownBy(() -> fewer.rowsOf(before, 3)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new InputBuilder(2027, "C", COUNTIES).rowsOf(before, 3))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
