package io.industrypulse.statdata;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** A transition the flag's state does not allow, e.g. accepting a flag nobody has explained. */
@ResponseStatus(HttpStatus.CONFLICT)
public class ReviewFlagConflictException extends RuntimeException {

    ReviewFlagConflictException(String message) {
        super(message);
    }
}
