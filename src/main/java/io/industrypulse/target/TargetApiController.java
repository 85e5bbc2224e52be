package io.industrypulse.target;

import io.industrypulse.account.CurrentUser;
import java.time.Year;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/v1/targets?year=}: a county user gets the city's targets and its own county's. */
@RestController
class TargetApiController {

    private final TargetService targets;
    private final CurrentUser currentUser;

    TargetApiController(TargetService targets, CurrentUser currentUser) {
        this.targets = targets;
        this.currentUser = currentUser;
    }

    /**
     * The growth targets of a year the caller may see: the city's and, for city roles, every county's; a county user
     * gets the city's and its own.
     *
     * @param year the year
     */
    @GetMapping("/api/v1/targets")
    List<Target> targets(@RequestParam int year) {
        return TargetsPage.visible(targets.targets(Year.of(year)), currentUser.scope());
    }
}
