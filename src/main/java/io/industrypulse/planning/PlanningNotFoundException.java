package io.industrypulse.planning;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** Nothing to show: no data, no target, or a county outside the caller's scope (never tell which). */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class PlanningNotFoundException extends RuntimeException {

    PlanningNotFoundException(String message) {
        super(message);
    }
}
