package io.industrypulse.planning;

import io.industrypulse.account.AccountUser;
import io.industrypulse.i18n.ApiRequests;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The number of warnings of the latest month for the header of every page: for city-wide roles the city's and the
 * counties' warnings (the hundreds of enterprise task shortfalls would drown them); for everyone else every warning
 * in their own scope, their enterprises' included.
 */
@ControllerAdvice
class WarningCountAdvice {

    private final WarningService warnings;

    WarningCountAdvice(WarningService warnings) {
        this.warnings = warnings;
    }

    @ModelAttribute("warningCount")
    Integer warningCount(@AuthenticationPrincipal AccountUser user, HttpServletRequest request) {
        if (user == null || ApiRequests.isApi(request)) {
            return null;
        }
        boolean cityWide = user.scope().isCityWide();
        return warnings.latestPeriod()
                .map(p -> (int) warnings.warnings(p).stream()
                        .filter(w -> !cityWide || w.creditCode() == null)
                        .count())
                .orElse(0);
    }
}
