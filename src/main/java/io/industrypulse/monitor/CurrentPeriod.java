package io.industrypulse.monitor;

import io.industrypulse.account.PeriodChoice;
import io.industrypulse.engine.Published;
import io.industrypulse.i18n.Messages;
import java.time.Month;
import java.time.Year;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The current statistics period (当前统计期) of the user's pages: the period the user last chose, while it has
 * published figures, else the latest month with published figures (cumulative 1-M月, M >= 2: the 1-2月 convention).
 * The header shows it with one picker; a monitoring page without {@code ?period} shows it; a page about a month
 * (warnings, review) shows its month M, and a page about the month being reported or planned (reporting progress,
 * forecasts, tasks) shows M+1 and says so.
 */
@Component
public class CurrentPeriod implements io.industrypulse.report.ReportPeriods {

    private final MonitorService monitor;

    CurrentPeriod(MonitorService monitor) {
        this.monitor = monitor;
    }

    /** The current period, or empty while nothing is published. */
    public Optional<YearMonth> current() {
        return PeriodChoice.chosen().filter(this::isPublished).or(this::latest);
    }

    /**
     * The latest month with published cumulative figures. From January's rows to February's, the latest year has none
     * (1-2月 convention; January's PPI comes later still): the previous year's last month is then the latest.
     */
    @Override
    public Optional<YearMonth> latest() {
        return monitor.latestYear().flatMap(year -> published(year).or(() -> published(year.minusYears(1))));
    }

    private Optional<YearMonth> published(Year year) {
        return monitor.snapshot(year)
                .filter(s -> s.result().lastMonth() >= Published.FIRST_MONTH)
                .map(s -> YearMonth.of(s.result().year(), s.result().lastMonth()));
    }

    /** Whether {@code period} has published cumulative figures (a year with data, month 2 to its last month). */
    @Override
    public boolean isPublished(YearMonth period) {
        return period.getMonthValue() >= Published.FIRST_MONTH
                && monitor.snapshot(Year.of(period.getYear()))
                        .map(s -> period.getMonthValue() <= s.result().lastMonth())
                        .orElse(false);
    }

    /** Keeps a published {@code period} as the session's current period; others are ignored. */
    public void choose(YearMonth period) {
        if (isPublished(period)) {
            PeriodChoice.remember(period);
        }
    }

    /**
     * The periods the header offers, latest first: the published months of the latest year, and the current one when
     * it lies in an earlier year (opened from a link).
     */
    public List<YearMonth> choices() {
        List<YearMonth> choices = new ArrayList<>();
        latest().ifPresent(last -> {
            for (int m = last.getMonthValue(); m >= Published.FIRST_MONTH; m--) {
                choices.add(YearMonth.of(last.getYear(), m));
            }
        });
        current().filter(c -> !choices.contains(c)).ifPresent(choices::add);
        return choices;
    }

    /**
     * What a page about another month than the current period says of it ("当前统计期为2026年1-10月，本页显示2026年11月
     * （正在上报的月份）。"), or null while nothing is published.
     *
     * @param purposeKey the message naming what the month is to the page ({@code period.basis.reporting} …)
     */
    public @Nullable String basis(YearMonth shown, String purposeKey) {
        return current()
                .map(c -> Messages.get(
                        "period.basis",
                        label(c),
                        String.valueOf(shown.getYear()),
                        shown.getMonthValue(),
                        Messages.get(purposeKey)))
                .orElse(null);
    }

    /** "2026年1-10月" in the session's language. */
    public static String label(YearMonth period) {
        return Messages.get(
                "monitor.period.cum",
                String.valueOf(period.getYear()),
                period.getMonthValue(),
                Month.of(period.getMonthValue()).getDisplayName(TextStyle.SHORT, Locale.ENGLISH));
    }
}
