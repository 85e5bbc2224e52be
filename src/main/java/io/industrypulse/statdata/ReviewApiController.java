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

    /**
     * The body of an explanation: category (name or Chinese name) and text.
     *
     * @param category the reason's category: a ReasonCategory name (NEW_ORDERS, MAINTENANCE, STOPPED, PRICE_CHANGE,
     *     SCOPE_CHANGE, OTHER) or its Chinese name
     * @param text the explanation in words; required
     */
    record Explanation(@Nullable String category, @Nullable String text) {}

    /**
     * The body of an accept or a return.
     *
     * @param comment the reviewer's comment: optional on an accept, required on a return
     */
    record Review(@Nullable String comment) {}

    private final ReviewFlagService flags;
    private final CurrentUser currentUser;

    ReviewApiController(ReviewFlagService flags, CurrentUser currentUser) {
        this.flags = flags;
        this.currentUser = currentUser;
    }

    /**
     * The review flags (审核疑点) of a month's imported data in the caller's scope: figures a soft rule found
     * doubtful, with the county's explanation and the city's decision.
     *
     * @param period the month {@code YYYY-MM}
     * @param county only this county's (GB/T 2260 code)
     * @param state only flags in this state
     * @param rule only this rule's flags ({@code S1} to {@code S6})
     */
    @GetMapping("/api/v1/review/flags")
    List<ReviewFlag> flags(
            @RequestParam YearMonth period,
            @RequestParam(required = false) @Nullable String county,
            @RequestParam(required = false) @Nullable FlagState state,
            @RequestParam(required = false) @Nullable String rule) {
        return flags.flags(period, county, state, rule, currentUser.scope());
    }

    /**
     * One review flag with its explanation and decision, if the caller may see its enterprise.
     *
     * @param id the flag's number
     */
    @GetMapping("/api/v1/review/flags/{id}")
    ReviewFlag flag(@PathVariable long id) {
        return flags.flag(id, currentUser.scope());
    }

    /**
     * The county's explanation (说明) of a flagged figure: a reason category and a text.
     *
     * @param id the flag's number
     * @param body the reason category and the explanation
     */
    @PostMapping("/api/v1/review/flags/{id}/explanation")
    ReviewFlag explain(@PathVariable long id, @RequestBody Explanation body) {
        return flags.explain(id, body.category(), body.text(), currentUser.scope());
    }

    /**
     * The city accepts an explanation: the flag is closed.
     *
     * @param id the flag's number
     * @param body an optional comment
     */
    @PostMapping("/api/v1/review/flags/{id}/accept")
    ReviewFlag accept(@PathVariable long id, @RequestBody(required = false) @Nullable Review body) {
        return flags.accept(id, body == null ? null : body.comment(), currentUser.scope());
    }

    /**
     * The city returns an explanation to the county for a better one.
     *
     * @param id the flag's number
     * @param body the comment saying what is missing
     */
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
