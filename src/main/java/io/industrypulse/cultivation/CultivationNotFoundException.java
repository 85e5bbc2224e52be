package io.industrypulse.cultivation;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** Not in the pool, or not within the caller's scope (indistinguishable on purpose). */
@ResponseStatus(HttpStatus.NOT_FOUND)
class CultivationNotFoundException extends RuntimeException {

    CultivationNotFoundException(String message) {
        super(message);
    }
}
