package io.industrypulse.planning;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Warnings decide on the figure as the page shows it, not on the unrounded value (issue: a "-0.00" warning). */
class WarningDecisionTest {

    @Test
    void aPullThatShowsAsZeroIsNoWarning() {
        // shown with two decimals, half-up: -0.004 -> 0.00, -0.005 -> -0.01, -0.0049999 -> 0.00
        assertThat(WarningService.pullsDown(-0.004)).isFalse();
        assertThat(WarningService.pullsDown(-0.0049999)).isFalse();
        assertThat(WarningService.pullsDown(0.0)).isFalse();
        assertThat(WarningService.pullsDown(-0.005)).isTrue();
        assertThat(WarningService.pullsDown(-0.017)).isTrue();
        assertThat(WarningService.pullsDown(0.004)).isFalse();
    }
}
