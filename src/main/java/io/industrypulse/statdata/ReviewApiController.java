package io.industrypulse.statdata;

import io.industrypulse.account.CurrentUser;
import java.time.YearMonth;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/review/flags?period=&county=&state=&rule=} and the workflow: {@code POST
 * /api/v1/review/flags/{id}/explanation} ({@code {"category": "NEW_ORDERS", "text": "..."}}), {@code /accept}
 * ({@code {"comment": "..."}}, optional), {@code /return} ({@code {"comment": "..."}}, required).
 */
@RestController
class ReviewApiController {

    /** The body of an explanation: category (name or Chinese name) and text. */
    record Explanation(@Nullable String category, @Nullable String text) {}

    /** The body of an accept or a return. */
    record Review(@Nullable String comment) {}

    private final ReviewFlagService flags;
    private final CurrentUser currentUser;

    ReviewApiController(ReviewFlagService flags, CurrentUser currentUser) {
        this.flags = flags;
        this.currentUser = currentUser;
    }

    @GetMapping("/api/v1/review/flags")
    List<ReviewFlag> flags(
            @RequestParam YearMonth period,
            @RequestParam(required = false) @Nullable String county,
            @RequestParam(required = false) @Nullable FlagState state,
            @RequestParam(required = false) @Nullable String rule) {
        return flags.flags(period, county, state, rule, currentUser.scope());
    }

    @GetMapping("/api/v1/review/flags/{id}")
    ReviewFlag flag(@PathVariable long id) {
        return flags.flag(id, currentUser.scope());
    }

    @PostMapping("/api/v1/review/flags/{id}/explanation")
    ReviewFlag explain(@PathVariable long id, @RequestBody Explanation body) {
        return flags.explain(id, body.category(), body.text(), currentUser.scope());
    }

    @PostMapping("/api/v1/review/flags/{id}/accept")
    ReviewFlag accept(@PathVariable long id, @RequestBody(required = false) @Nullable Review body) {
        return flags.accept(id, body == null ? null : body.comment(), currentUser.scope());
    }

    @PostMapping("/api/v1/review/flags/{id}/return")
    ReviewFlag returnFlag(@PathVariable long id, @RequestBody(required = false) @Nullable Review body) {
        return flags.returnFlag(id, body == null ? null : body.comment(), currentUser.scope());
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ResponseEntity<ProblemDetail> badInput(IllegalArgumentException e) {
        return ResponseEntity.badRequest()
                .body(ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage()));
    }
}
