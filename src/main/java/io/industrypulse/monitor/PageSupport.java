package io.industrypulse.monitor;

import io.industrypulse.engine.GroupResult;
import java.time.Month;
import java.time.Year;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.time.format.TextStyle;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * What every monitoring page shares: the period shown (1-2月 convention: January is not shown alone), its labels in
 * the user's language, the period selector, and last year's results for the year-on-year charts.
 */
@Component
class PageSupport {

    private final MonitorService monitor;
    private final MessageSource messages;
    private final CurrentPeriod current;

    PageSupport(MonitorService monitor, MessageSource messages, CurrentPeriod current) {
        this.monitor = monitor;
        this.messages = messages;
        this.current = current;
    }

    /** The first month shown: cumulative 1-2月 (DESIGN.md section 3). */
    static final int FIRST_MONTH = io.industrypulse.engine.Published.FIRST_MONTH;

    /** A snapshot and the month M shown from it. */
    record Shown(GrowthSnapshot snapshot, int month) {
        YearMonth period() {
            return YearMonth.of(snapshot.result().year(), month);
        }
    }

    void common(Model model, Shown shown, Locale locale) {
        GrowthSnapshot snapshot = shown.snapshot();
        model.addAttribute("period", shown.period().toString());
        model.addAttribute("periodLabel", periodLabel(snapshot, shown.month(), locale));
        model.addAttribute("monthLabel", monthLabel(shown.month(), locale));
        model.addAttribute(
                "cityName", snapshot.names().getOrDefault(snapshot.labels().cityCode(), ""));
        Map<String, String> periods = new LinkedHashMap<>();
        for (int m = snapshot.result().lastMonth(); m >= FIRST_MONTH; m--) {
            periods.put(YearMonth.of(snapshot.result().year(), m).toString(), periodLabel(snapshot, m, locale));
        }
        model.addAttribute("periods", periods);
    }

    /**
     * The snapshot and month for {@code period}, which becomes the session's current period; without one, the current
     * period ({@link CurrentPeriod}). 404 for a month without results.
     */
    Optional<Shown> resolve(@Nullable String period) {
        if (period == null || period.isBlank()) {
            return current.current()
                    .flatMap(p -> monitor.snapshot(Year.of(p.getYear())).map(s -> new Shown(s, p.getMonthValue())));
        }
        YearMonth month;
        try {
            month = YearMonth.parse(period);
        } catch (DateTimeParseException e) {
            throw new BadPageRequestException("period: YYYY-MM");
        }
        GrowthSnapshot snapshot =
                monitor.snapshot(Year.of(month.getYear())).orElseThrow(() -> notFound("no data for " + period));
        if (month.getMonthValue() < FIRST_MONTH
                || month.getMonthValue() > snapshot.result().lastMonth()) {
            throw notFound("no published figures for " + period);
        }
        current.choose(month);
        return Optional.of(new Shown(snapshot, month.getMonthValue()));
    }

    String periodLabel(GrowthSnapshot snapshot, int month, Locale locale) {
        return message(
                "monitor.period.cum",
                locale,
                String.valueOf(snapshot.result().year()),
                month,
                Month.of(month).getDisplayName(TextStyle.SHORT, Locale.ENGLISH));
    }

    String monthLabel(int month, Locale locale) {
        return message(
                "monitor.period.month", locale, month, Month.of(month).getDisplayName(TextStyle.SHORT, Locale.ENGLISH));
    }

    String cumShortLabel(int month, Locale locale) {
        return message(
                "monitor.period.cumShort",
                locale,
                month,
                Month.of(month).getDisplayName(TextStyle.SHORT, Locale.ENGLISH));
    }

    String message(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }

    static PageNotFoundException notFound(String reason) {
        return new PageNotFoundException(reason);
    }

    /** The region's results of the year before (city or county by code), when that year has usable data. */
    Optional<GroupResult> lastYearGroup(GrowthSnapshot snapshot, String region) {
        try {
            return monitor.snapshot(Year.of(snapshot.result().year() - 1)).flatMap(s -> s.region(region));
        } catch (RuntimeException e) {
            // last year's data may be incomplete (no PPI, no ratios): the chart then shows this year only
            return Optional.empty();
        }
    }
}
