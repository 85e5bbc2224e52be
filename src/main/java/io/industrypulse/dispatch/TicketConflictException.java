package io.industrypulse.dispatch;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** An action the ticket's state does not allow, or a ticket changed by someone else meanwhile: nothing is written. */
@ResponseStatus(HttpStatus.CONFLICT)
public class TicketConflictException extends RuntimeException {

    TicketConflictException(String message) {
        super(message);
    }
}
