package io.industrypulse.account;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Who am I: the caller's role and region scope, for scripts and pages. */
@RestController
@RequestMapping("/api/v1")
class AccountApiController {

    private final CurrentUser currentUser;

    AccountApiController(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    /** Who is calling: the user name, the role and the region (and enterprise or department) the data are limited to. */
    @GetMapping("/me")
    UserScope me() {
        return currentUser.scope();
    }
}
