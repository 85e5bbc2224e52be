package io.industrypulse.web;

import io.industrypulse.i18n.ApiRequests;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.springframework.web.util.HtmlUtils;

/**
 * The error answer of a servlet filter that refuses a request before Spring MVC (and the session) are reached: RFC
 * 9457 problem details on the API, a minimal page with the site's style otherwise. Needs nothing but the request.
 */
final class FilterErrorPage {

    private FilterErrorPage() {}

    static void write(
            HttpServletRequest request,
            HttpServletResponse response,
            int status,
            String title,
            String detail,
            Locale locale)
            throws IOException {
        if (ApiRequests.isApi(request)) {
            ApiRequests.writeProblem(request, response, status, title, detail);
            return;
        }
        response.setStatus(status);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setContentType("text/html;charset=UTF-8");
        response.getWriter()
                .write("<!DOCTYPE html><html lang=\"" + locale.toLanguageTag() + "\"><head><meta charset=\"UTF-8\">"
                        + "<title>" + HtmlUtils.htmlEscape(title) + "</title>"
                        + "<link rel=\"stylesheet\" href=\"" + request.getContextPath() + "/css/app.css\"></head>"
                        + "<body><main><div class=\"card\"><h2>" + HtmlUtils.htmlEscape(title) + "</h2>"
                        + "<p class=\"field-error\">" + HtmlUtils.htmlEscape(detail) + "</p>"
                        + "<p class=\"error-status\">" + status + "</p></div></main></body></html>");
    }
}
