package io.industrypulse.investment;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** Not in the ledger, or not within the caller's scope (indistinguishable on purpose). */
@ResponseStatus(HttpStatus.NOT_FOUND)
class ProjectNotFoundException extends RuntimeException {

    ProjectNotFoundException(String message) {
        super(message);
    }
}
