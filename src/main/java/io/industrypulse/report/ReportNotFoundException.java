package io.industrypulse.report;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No such document, a period without published figures, or a document outside the caller's scope. */
@ResponseStatus(HttpStatus.NOT_FOUND)
class ReportNotFoundException extends RuntimeException {

    ReportNotFoundException(String message) {
        super(message);
    }
}
