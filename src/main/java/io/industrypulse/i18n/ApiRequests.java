package io.industrypulse.i18n;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/**
 * Requests of programs, under {@code /api/}: their texts follow {@code Accept-Language} ({@link Messages#unchosen})
 * and their errors are RFC 9457 problem details rather than pages. Here for the code that answers before Spring MVC
 * does (security and servlet filters) and for the advice that must leave the API's answers alone.
 */
public final class ApiRequests {

    private ApiRequests() {}

    /** Whether the request is one of the API's ({@code /api/**}). */
    public static boolean isApi(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }

    /**
     * Writes a problem detail ({@code application/problem+json}) as Spring MVC's error advice would: type, title,
     * status, detail and the path as the instance.
     */
    public static void writeProblem(
            HttpServletRequest request, HttpServletResponse response, int status, String title, String detail)
            throws IOException {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "about:blank");
        problem.put("title", title);
        problem.put("status", status);
        problem.put("detail", detail);
        problem.put("instance", request.getRequestURI());
        response.setStatus(status);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setContentType("application/problem+json");
        response.getWriter().write(JsonMapper.shared().writeValueAsString(problem));
    }
}
