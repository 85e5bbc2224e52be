package io.industrypulse.web;

import io.industrypulse.monitor.CurrentPeriod;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The header's one period picker (当前统计期). Read when the page renders, that is after the page has kept the period
 * it was asked for, so the header and the page agree.
 *
 * @param back the page to return to after a choice: its path and query without its own {@code period}
 */
public record PeriodPicker(CurrentPeriod periods, String back) {

    /** The current period as {@code YYYY-MM}, or null while nothing is published. */
    public @Nullable String current() {
        return periods.current().map(YearMonth::toString).orElse(null);
    }

    /** The period's label ("2026年1-10月"), or null. */
    public @Nullable String currentLabel() {
        return periods.current().map(CurrentPeriod::label).orElse(null);
    }

    /** {@code YYYY-MM} to label, latest first. */
    public Map<String, String> choices() {
        Map<String, String> choices = new LinkedHashMap<>();
        periods.choices().forEach(p -> choices.put(p.toString(), CurrentPeriod.label(p)));
        return choices;
    }
}
