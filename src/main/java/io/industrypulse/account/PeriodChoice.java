package io.industrypulse.account;

import jakarta.servlet.http.HttpSession;
import java.time.YearMonth;
import java.util.Optional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The statistics period (当前统计期) the user last chose, kept in the session so that the next page opened shows the
 * same period (issue 11, item 3). Only the choice is kept here; which periods may be shown, and what a page shows when
 * the choice has no data, is the caller's ({@code monitor.CurrentPeriod}). Outside a request, or before a session
 * exists, there is no choice.
 */
public final class PeriodChoice {

    static final String ATTRIBUTE = PeriodChoice.class.getName();

    private PeriodChoice() {}

    /** The period chosen in this session, if any. */
    public static Optional<YearMonth> chosen() {
        HttpSession session = session(false);
        return session == null ? Optional.empty() : chosen(session);
    }

    /** The period chosen in {@code session}, if any. */
    public static Optional<YearMonth> chosen(HttpSession session) {
        return Optional.ofNullable(session.getAttribute(ATTRIBUTE))
                .filter(YearMonth.class::isInstance)
                .map(YearMonth.class::cast);
    }

    /** Keeps {@code period} as the session's period (a no-op outside a request). */
    public static void remember(YearMonth period) {
        HttpSession session = session(true);
        if (session != null && !period.equals(session.getAttribute(ATTRIBUTE))) {
            session.setAttribute(ATTRIBUTE, period);
        }
    }

    private static HttpSession session(boolean create) {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request
                ? request.getRequest().getSession(create)
                : null;
    }
}
