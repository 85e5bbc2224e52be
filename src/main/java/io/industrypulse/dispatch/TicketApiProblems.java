package io.industrypulse.dispatch;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** The ticket API's 404 and 409 as problem details that carry the Chinese message (DESIGN.md section 3a). */
@RestControllerAdvice(assignableTypes = {TicketApiController.class, CampaignApiController.class})
class TicketApiProblems {

    @ExceptionHandler(TicketNotFoundException.class)
    ProblemDetail notFound(TicketNotFoundException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
    }

    @ExceptionHandler(TicketConflictException.class)
    ProblemDetail conflict(TicketConflictException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
    }
}
