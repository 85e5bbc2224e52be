package io.industrypulse.environment;

import io.industrypulse.engine.ControlPlan;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Which measures a listed enterprise may be given in an alert (issue 13): its grade's measure for the level (the
 * grade-based plan's choice, always first) and every stricter measure of its industry at that level (the measures of
 * the worse grades, and 停产), ordered by output cut; an A+, A or 绩效引领性 enterprise keeps 自主减排 only; a 保障类
 * enterprise never goes below its allowed load, so every measure above its cap becomes 限产 at the cap.
 */
final class AllowedMeasures {

    private AllowedMeasures() {}

    /**
     * @param rules the measure rules of the enterprise's industry at this alert level, any grades
     * @param cap the most output it may lose (1, or {@code 1 - allowed load} for 保障类)
     * @return the options, its own first; empty when the rules name no measure for its grade
     */
    static Optional<List<ControlPlan.Option>> of(Grade grade, List<MeasureRule> rules, double cap) {
        Optional<MeasureRule> own =
                rules.stream().filter(r -> r.grade() == grade).findFirst();
        if (own.isEmpty()) {
            return Optional.empty();
        }
        ControlPlan.Option mine = capped(own.get().option(), cap);
        List<ControlPlan.Option> options = new ArrayList<>(List.of(mine));
        if (grade.autonomous()) {
            return Optional.of(options);
        }
        // 停产 is always stricter, whether or not a rule of the level names it
        Stream.concat(rules.stream().map(MeasureRule::option), Stream.of(ControlPlan.Option.limit(1)))
                .map(o -> capped(o, cap))
                .filter(o -> o.outputCut() > mine.outputCut())
                .sorted(Comparator.comparingDouble(ControlPlan.Option::outputCut))
                .forEach(o -> {
                    boolean known = options.stream().anyMatch(x -> x.outputCut() == o.outputCut());
                    if (!known) {
                        options.add(o);
                    }
                });
        return Optional.of(options);
    }

    /** The option, or 限产 at the cap when it would take more output than the cap allows. */
    private static ControlPlan.Option capped(ControlPlan.Option option, double cap) {
        return option.outputCut() <= cap ? option : ControlPlan.Option.limit(Math.max(0, cap));
    }
}
