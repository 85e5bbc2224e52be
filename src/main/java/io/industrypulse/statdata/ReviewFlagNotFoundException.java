package io.industrypulse.statdata;

import io.industrypulse.i18n.Messages;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No such flag, or one outside the caller's county (never tell which). */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class ReviewFlagNotFoundException extends RuntimeException {

    ReviewFlagNotFoundException(long id) {
        super(Messages.get("review.error.notFound", id));
    }
}
