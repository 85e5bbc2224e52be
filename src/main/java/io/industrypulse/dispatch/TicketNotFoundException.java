package io.industrypulse.dispatch;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No such ticket, or none the user may see (the same answer, so that ids outside the scope reveal nothing). */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class TicketNotFoundException extends RuntimeException {

    TicketNotFoundException(String message) {
        super(message);
    }
}
