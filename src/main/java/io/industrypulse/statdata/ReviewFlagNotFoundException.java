package io.industrypulse.statdata;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No such flag, or one outside the caller's county (never tell which). */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class ReviewFlagNotFoundException extends RuntimeException {

    ReviewFlagNotFoundException(long id) {
        super("审核标记不存在: " + id);
    }
}
