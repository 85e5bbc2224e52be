package io.industrypulse.monitor;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * A monitoring page that does not exist: no results for the period, an unknown county, or a county outside the user's
 * scope (indistinguishable on purpose). Annotated rather than a {@code ResponseStatusException} so that a browser gets
 * the HTML error page, not the problem-details JSON the API answers with.
 */
@ResponseStatus(HttpStatus.NOT_FOUND)
class PageNotFoundException extends RuntimeException {

    PageNotFoundException(String reason) {
        super(reason);
    }
}
