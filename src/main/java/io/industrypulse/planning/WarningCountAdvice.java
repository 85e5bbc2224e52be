package io.industrypulse.planning;

import io.industrypulse.account.AccountUser;
import io.industrypulse.i18n.ApiRequests;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** The number of warnings in the header of every page ({@link WarningService#headerCount}). */
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
        return warnings.headerCount(user.scope());
    }
}
