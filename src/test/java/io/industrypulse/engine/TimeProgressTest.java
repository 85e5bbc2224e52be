package io.industrypulse.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** 时序进度 by hand: the share of the plan done against the share of the year gone. */
class TimeProgressTest {

    @Test
    void threeQuartersDoneAfterNineMonthsIsOnTime() {
        assertThat(TimeProgress.points(4_500, 6_000, 9).getAsDouble()).isCloseTo(0.0, within(1e-12));
    }

    @Test
    void halfDoneAfterNineMonthsIsTwentyFivePointsBehind() {
        assertThat(TimeProgress.points(3_000, 6_000, 9).getAsDouble()).isCloseTo(-25.0, within(1e-12));
        assertThat(TimeProgress.completion(3_000, 6_000).getAsDouble()).isCloseTo(50.0, within(1e-12));
    }

    @Test
    void aProjectAheadOfTheCalendarGainsPoints() {
        // 11 months gone: 91.67% of the year; 5,800 of 6,000 done is 96.67%, 5 points ahead
        assertThat(TimeProgress.points(5_800, 6_000, 11).getAsDouble()).isCloseTo(5.0, within(1e-9));
    }

    @Test
    void theCalendarAsksForTheMonthsShareOfThePlan() {
        // 6,000 a year: 4,500 due by the end of September
        assertThat(TimeProgress.due(6_000, 9)).isCloseTo(4_500.0, within(1e-9));
        // done exactly that is on a par with the calendar
        assertThat(TimeProgress.points(TimeProgress.due(6_000, 9), 6_000, 9).getAsDouble())
                .isCloseTo(0.0, within(1e-9));
    }

    @Test
    void withoutAPlanThereIsNoProgress() {
        assertThat(TimeProgress.points(100, 0, 6)).isEmpty();
        assertThat(TimeProgress.completion(100, 0)).isEmpty();
    }

    @Test
    void monthsOutsideTheYearAreRefused() {
        assertThatThrownBy(() -> TimeProgress.points(1, 1, 13)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> TimeProgress.points(1, 1, -1)).isInstanceOf(IllegalArgumentException.class);
    }
}
