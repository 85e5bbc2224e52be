package io.industrypulse.monitor;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** A malformed parameter of a monitoring page (e.g. a period not in YYYY-MM); the browser gets the HTML error page. */
@ResponseStatus(HttpStatus.BAD_REQUEST)
class BadPageRequestException extends RuntimeException {

    BadPageRequestException(String reason) {
        super(reason);
    }
}
