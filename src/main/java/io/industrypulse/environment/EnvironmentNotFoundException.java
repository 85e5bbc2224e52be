package io.industrypulse.environment;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No such episode or listed enterprise, or not within the caller's scope (indistinguishable on purpose). */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class EnvironmentNotFoundException extends RuntimeException {

    EnvironmentNotFoundException(String message) {
        super(message);
    }
}
