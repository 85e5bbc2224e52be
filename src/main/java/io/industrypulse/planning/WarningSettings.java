package io.industrypulse.planning;

import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code industrypulse.planning.warnings.*}.
 *
 * @param requiredGrowthAbove required growth of the remaining months (%) above which the target is hard to reach
 * @param taskShortfallPercent an enterprise's shortfall, in % of its task, above which it is warned
 * @param disabled rules switched off
 * @param reportingCoverageBelow a county's reporting coverage (%) under which it is warned near the deadline
 * @param reportingDaysBefore the coverage is warned from this many days before the reporting deadline, and after it
 */
@ConfigurationProperties("industrypulse.planning.warnings")
record WarningSettings(
        @DefaultValue("30") double requiredGrowthAbove,
        @DefaultValue("10") double taskShortfallPercent,
        @DefaultValue Set<WarningRule> disabled,
        @DefaultValue("95") double reportingCoverageBelow,
        @DefaultValue("3") int reportingDaysBefore) {

    boolean enabled(WarningRule rule) {
        return disabled == null || !disabled.contains(rule);
    }
}
