package io.industrypulse.planning;

import io.industrypulse.account.AccountUser;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** The number of warnings of the latest month in the user's scope, for the header of every page. */
@ControllerAdvice
class WarningCountAdvice {

    private final WarningService warnings;

    WarningCountAdvice(WarningService warnings) {
        this.warnings = warnings;
    }

    @ModelAttribute("warningCount")
    Integer warningCount(@AuthenticationPrincipal AccountUser user, HttpServletRequest request) {
        if (user == null || request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            return null;
        }
        return warnings.latestPeriod().map(p -> warnings.warnings(p).size()).orElse(0);
    }
}
