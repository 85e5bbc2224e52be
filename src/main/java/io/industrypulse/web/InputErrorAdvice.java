package io.industrypulse.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * A request parameter that does not convert (a period outside the valid range, letters for a number): 400 with the
 * converter's message, which names the field (e.g. statdata's period formatter), or a message from the bundles naming
 * the parameter, in the caller's language; never Spring's English "Failed to convert". Ordered first, before Spring's
 * own problem-details handler, which would answer in English.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class InputErrorAdvice {

    private final MessageSource messages;

    InputErrorAdvice(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    Object mismatch(MethodArgumentTypeMismatchException e, HttpServletRequest request, Locale locale) {
        String detail = null;
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof IllegalArgumentException && cause.getMessage() != null && ours(cause)) {
                detail = cause.getMessage();
            }
        }
        if (detail == null) {
            detail = messages.getMessage(
                    "error.parameter", new Object[] {e.getName(), String.valueOf(e.getValue())}, locale);
        }
        return ErrorAdvice.answer(HttpStatus.BAD_REQUEST, detail, e.getName(), request, messages, locale);
    }

    /**
     * Whether the platform's own code refused the value (as {@code Department.valueOf} does, in the bundles' words).
     * Spring's and the JDK's converters refuse in English of their own ("Invalid boolean value [x]", "No enum
     * constant ...", "Text '...' could not be parsed"), which a user must not see.
     */
    private static boolean ours(Throwable cause) {
        StackTraceElement[] trace = cause.getStackTrace();
        return trace.length > 0 && trace[0].getClassName().startsWith("io.industrypulse.");
    }
}
