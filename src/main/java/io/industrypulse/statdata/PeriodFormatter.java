package io.industrypulse.statdata;

import io.industrypulse.account.ShownTime;
import java.time.Clock;
import java.time.YearMonth;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.format.Formatter;
import org.springframework.format.FormatterRegistry;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Every {@code YearMonth} request parameter of pages and the API: exactly {@code YYYY-MM}, from January of the first
 * year with stored data (this year when there is none) to December of next year by the application clock; anything
 * else (9999-12, -2026-10, 2026-13) is refused with a message naming the field and the valid range, a 400.
 */
@Component
class PeriodFormatter implements Formatter<YearMonth>, WebMvcConfigurer {

    private static final Pattern FORMAT = Pattern.compile("\\d{4}-\\d{2}");

    private final StatDataService statData;
    private final MessageSource messages;
    private final Clock clock;
    private volatile @Nullable YearMonth firstData;

    PeriodFormatter(StatDataService statData, MessageSource messages, Clock clock) {
        this.statData = statData;
        this.messages = messages;
        this.clock = clock;
    }

    @Override
    public void addFormatters(FormatterRegistry registry) {
        registry.addFormatter(this);
    }

    @Override
    public YearMonth parse(String text, Locale locale) {
        String value = text.strip();
        YearMonth first = firstMonth();
        YearMonth last = YearMonth.of(ShownTime.thisMonth(clock).getYear() + 1, 12);
        YearMonth period = null;
        if (FORMAT.matcher(value).matches()) {
            try {
                period = YearMonth.parse(value);
            } catch (java.time.format.DateTimeParseException e) {
                period = null;
            }
        }
        if (period == null || period.isBefore(first) || period.isAfter(last)) {
            throw new IllegalArgumentException(messages.getMessage(
                    "period.error.range", new Object[] {first.toString(), last.toString(), text}, locale));
        }
        return period;
    }

    /**
     * January of the first year with data, or of this year without data: kept between requests (every page with a
     * period asks) and forgotten when the data change.
     */
    private YearMonth firstMonth() {
        YearMonth first = firstData;
        if (first == null) {
            first = statData.periods().stream()
                    .min(YearMonth::compareTo)
                    .map(p -> YearMonth.of(p.getYear(), 1))
                    .orElse(null);
            firstData = first;
        }
        return first != null ? first : YearMonth.of(ShownTime.thisMonth(clock).getYear(), 1);
    }

    @TransactionalEventListener(fallbackExecution = true)
    void onStatDataChanged(StatDataChanged event) {
        firstData = null;
    }

    @org.springframework.context.event.EventListener
    void onDataChangedElsewhere(io.industrypulse.account.DataChangedElsewhere event) {
        firstData = null;
    }

    @Override
    public String print(YearMonth period, Locale locale) {
        return period.toString();
    }
}
