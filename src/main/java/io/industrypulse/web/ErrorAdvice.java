package io.industrypulse.web;

import io.industrypulse.i18n.ApiRequests;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.ModelAndView;

/**
 * Bad input that reaches no controller-specific handler: 400 (413 for an upload over the limit) with the message
 * that names the field, as RFC 9457 problem details for the API and the error page for pages, never a 500. Services
 * throw {@link IllegalArgumentException} with a message naming the field; a controller that can show the message on
 * its own form catches it first, this is the last resort. Ordered last, so controllers' own handlers win.
 */
@ControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class ErrorAdvice {

    private final MessageSource messages;

    ErrorAdvice(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(IllegalArgumentException.class)
    Object badInput(IllegalArgumentException e, HttpServletRequest request, Locale locale) {
        return answer(HttpStatus.BAD_REQUEST, e.getMessage(), request, locale);
    }

    /** A form sent without its file (a plain form to an upload, or no file chosen). */
    @ExceptionHandler({MissingServletRequestPartException.class, MultipartException.class})
    Object noFile(Exception e, HttpServletRequest request, Locale locale) {
        if (e instanceof MaxUploadSizeExceededException) {
            return answer(
                    HttpStatus.PAYLOAD_TOO_LARGE,
                    messages.getMessage("error.upload.tooLarge", null, locale),
                    request,
                    locale);
        }
        return answer(
                HttpStatus.BAD_REQUEST, messages.getMessage("error.upload.noFile", null, locale), request, locale);
    }

    private Object answer(HttpStatus status, String detail, HttpServletRequest request, Locale locale) {
        return answer(status, detail, null, request, messages, locale);
    }

    /**
     * The answer to bad input: RFC 9457 problem details (with {@code field} when one input is at fault) for the API,
     * the error page with the message for pages.
     */
    static Object answer(
            HttpStatus status,
            String detail,
            @org.jspecify.annotations.Nullable String field,
            HttpServletRequest request,
            MessageSource messages,
            Locale locale) {
        if (ApiRequests.isApi(request)) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
            problem.setTitle(messages.getMessage("error." + status.value(), null, status.getReasonPhrase(), locale));
            if (field != null) {
                problem.setProperty("field", field);
            }
            return ResponseEntity.status(status)
                    .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .body(problem);
        }
        ModelAndView page = new ModelAndView("error");
        page.setStatus(status);
        page.addObject("status", status.value());
        page.addObject("detail", detail);
        return page;
    }
}
