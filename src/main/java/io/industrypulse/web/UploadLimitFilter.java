package io.industrypulse.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Lazy;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;

/**
 * An upload larger than {@code spring.servlet.multipart.max-request-size} is answered here, before anything reads its
 * parameters: 413 with the limit named, in the user's language, a page for pages and problem details for the API.
 * Without it the CSRF check reads the form's token, the container fails to parse the oversized body and answers with
 * its own English error page. Ordered first, ahead of Spring Security.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class UploadLimitFilter extends OncePerRequestFilter {

    private final MessageSource messages;
    private final LocaleResolver locales;
    private final DataSize limit;

    UploadLimitFilter(
            MessageSource messages,
            @Lazy LocaleResolver locales,
            @Value("${spring.servlet.multipart.max-request-size:10MB}") DataSize limit) {
        this.messages = messages;
        this.locales = locales;
        this.limit = limit;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String type = request.getContentType();
        return type == null
                || !type.toLowerCase(Locale.ROOT).startsWith("multipart/")
                || request.getContentLengthLong() <= limit.toBytes();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        // the user's language as the pages have it (zh-CN unless switched), not the browser's Accept-Language
        Locale locale = locales.resolveLocale(request);
        String detail = messages.getMessage("error.upload.tooLargeOf", new Object[] {limit.toMegabytes()}, locale);
        String title = messages.getMessage("error.413", null, locale);
        FilterErrorPage.write(
                request, response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, title, detail, locale);
    }
}
