package io.industrypulse.planning;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** A write that the state of the data refuses, e.g. adjusting the task of a month whose data are in. */
@ResponseStatus(HttpStatus.CONFLICT)
public class PlanningConflictException extends RuntimeException {

    PlanningConflictException(String message) {
        super(message);
    }
}
