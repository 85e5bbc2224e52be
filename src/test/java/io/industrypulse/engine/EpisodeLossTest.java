package io.industrypulse.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** An episode's days, output loss, default base and wind-weighted emissions, each counted by hand. */
class EpisodeLossTest {

    @Test
    void anEpisodeOverTheMonthsEndCountsItsDaysInEachMonth() {
        // 28 Feb 2026 to 3 Mar 2026, whole days: 1 day in February, 3 in March
        double[] days = EpisodeLoss.daysByMonth(LocalDate.of(2026, 2, 28), LocalDate.of(2026, 3, 3), 2026);
        assertThat(days[1]).isEqualTo(1);
        assertThat(days[2]).isEqualTo(3);
        assertThat(days[0] + days[3]).isZero();
        // from 20:00 on 1 March to 08:00 on 3 March: 36 hours, 1.5 days
        double[] hours =
                EpisodeLoss.daysByMonth(LocalDateTime.of(2026, 3, 1, 20, 0), LocalDateTime.of(2026, 3, 3, 8, 0), 2026);
        assertThat(hours[2]).isEqualTo(1.5);
        // a red alert over New Year counts only this year's days: 31 Dec 2025 to 2 Jan 2026 gives January 2 days
        assertThat(EpisodeLoss.daysByMonth(LocalDate.of(2025, 12, 31), LocalDate.of(2026, 1, 2), 2026)[0])
                .isEqualTo(2);
        assertThatThrownBy(() -> EpisodeLoss.daysByMonth(LocalDate.of(2026, 3, 3), LocalDate.of(2026, 3, 1), 2026))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theLossIsTheDailyBaseTimesTheDaysTimesTheCut() {
        // last year: February 280 万元 (28 days), March 310 (31 days): 10 a day each; 限产 20% for 1 + 3 days
        double[] lastYear = new double[12];
        lastYear[1] = 280;
        lastYear[2] = 310;
        double[] base = EpisodeLoss.defaultDailyBase(lastYear, 2026);
        assertThat(base[1]).isCloseTo(10, within(1e-12));
        assertThat(base[2]).isCloseTo(10, within(1e-12));
        double[] loss = EpisodeLoss.outputLoss(
                base, EpisodeLoss.daysByMonth(LocalDate.of(2026, 2, 28), LocalDate.of(2026, 3, 3), 2026), 0.2);
        assertThat(loss[1]).isCloseTo(2, within(1e-12));
        assertThat(loss[2]).isCloseTo(6, within(1e-12));
        // a leap year's February divides by 29: 2024's 290 is 10 a day in the base of 2025
        double[] leap = new double[12];
        leap[1] = 290;
        assertThat(EpisodeLoss.defaultDailyBase(leap, 2025)[1]).isCloseTo(10, within(1e-12));
    }

    @Test
    void upwindDaysWeighTheirEmissionsMore() {
        // 100 kg a day for 3 days; upwind sector from 300° to 30° (across north); winds 350° (in), 90° (out), none
        LocalDate first = LocalDate.of(2026, 11, 20);
        Map<LocalDate, Double> wind = Map.of(first, 350.0, first.plusDays(1), 90.0);
        double kg =
                EpisodeLoss.emissions(100, first, first.plusDays(2), Optional.of(new double[] {300, 30}), wind, 1.5);
        assertThat(kg).isCloseTo(150 + 100 + 100, within(1e-12));
        // without a sector the wind does not matter
        assertThat(EpisodeLoss.emissions(100, first, first.plusDays(2), Optional.empty(), wind, 1.5))
                .isCloseTo(300, within(1e-12));
        assertThat(EpisodeLoss.within(10, new double[] {300, 30})).isTrue();
        assertThat(EpisodeLoss.within(299, new double[] {300, 30})).isFalse();
        assertThat(EpisodeLoss.within(180, new double[] {90, 270})).isTrue();
        assertThat(EpisodeLoss.within(-10, new double[] {340, 20})).isTrue();
    }

    @Test
    void theListsBaseIsLastYearsOutputOverItsDaysAndTheNormalOutputIsBaseTimesDays() {
        double[] lastYear = new double[12];
        java.util.Arrays.fill(lastYear, 365);
        // 2025 has 365 days: 12 × 365 over 365 = 12 万元 a day
        assertThat(EpisodeLoss.dailyAverage(lastYear, 2026)).isEqualTo(12.0);
        double[] base = new double[12];
        java.util.Arrays.fill(base, 10);
        double[] days = new double[12];
        days[0] = 2.5;
        days[1] = 1;
        assertThat(EpisodeLoss.normalOutput(base, days)).isEqualTo(35.0);
    }
}
