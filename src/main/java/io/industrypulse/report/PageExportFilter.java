package io.industrypulse.report;

import io.industrypulse.account.ListPage;
import io.industrypulse.i18n.Messages;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Enumeration;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * The Excel export of every page: {@code GET <page>?export=xlsx} answers the page's tables as an .xlsx workbook, one
 * sheet per table ({@code &table=ID}: only the table with that id, or the N-th from 0), through {@link ExcelExport}. The page itself is rendered
 * as usual, by its own controller and with its own role and scope checks, with every list on one page
 * ({@link ListPage#ALL_ROWS}); its HTML is then read back by {@link PageTables}. It runs after Spring Security, so an
 * export answers exactly what its page would: a 403 or 404 stays one.
 */
class PageExportFilter extends OncePerRequestFilter {

    /** The query parameter that asks for the export, with the value {@code xlsx}. */
    static final String PARAMETER = "export";
    /** The query parameter choosing one table of the page, counted from 0 in the page's order. */
    static final String TABLE = "table";

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"GET".equals(request.getMethod()) || !"xlsx".equals(request.getParameter(PARAMETER));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String only = request.getParameter(TABLE);
        if (only != null && !only.matches("\\d{1,3}|[A-Za-z][A-Za-z0-9_-]{0,63}")) {
            refuse(response, HttpServletResponse.SC_BAD_REQUEST, Messages.get("report.export.badTable", TABLE));
            return;
        }
        request.setAttribute(ListPage.ALL_ROWS, Boolean.TRUE);
        ContentCachingResponseWrapper page = new ContentCachingResponseWrapper(response);
        chain.doFilter(new WholePage(request), page);
        String type = page.getContentType();
        if (page.getStatus() != HttpServletResponse.SC_OK || type == null || !type.startsWith("text/html")) {
            // an error, a redirect (to the login page) or a file: answered as the page answered it
            page.copyBodyToResponse();
            return;
        }
        Charset charset = page.getCharacterEncoding() == null
                ? StandardCharsets.UTF_8
                : Charset.forName(page.getCharacterEncoding());
        PageTables.Read read = PageTables.read(new String(page.getContentAsByteArray(), charset), only);
        if (read.tables().isEmpty()) {
            refuse(response, HttpServletResponse.SC_NOT_FOUND, Messages.get("report.export.noTable"));
            return;
        }
        byte[] xlsx = ExcelExport.xlsx(read.tables());
        response.setContentType(ExcelExport.XLSX);
        response.setHeader(HttpHeaders.CONTENT_LANGUAGE, null);
        response.setHeader(
                HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment()
                        .filename(fileName(read.title()) + ".xlsx", StandardCharsets.UTF_8)
                        .build()
                        .toString());
        response.setContentLength(xlsx.length);
        response.getOutputStream().write(xlsx);
    }

    /** A refusal in words: nothing is exported, and the message says why. */
    private static void refuse(HttpServletResponse response, int status, String message) throws IOException {
        response.resetBuffer();
        response.setStatus(status);
        response.setContentType("text/plain;charset=UTF-8");
        response.setHeader(HttpHeaders.CONTENT_LANGUAGE, null);
        // as bytes: a page written as bytes (a jte page) has taken the response's stream, and then its writer is
        // refused
        response.getOutputStream().write(message.getBytes(StandardCharsets.UTF_8));
    }

    private static String fileName(String title) {
        String name = title.replaceAll("[\\\\/:*?\"<>|\\s]+", "_").replaceAll("^_+|_+$", "");
        return name.isEmpty() ? "export" : name;
    }

    /**
     * The request as a whole page: not an htmx fragment (which has no header and no period), and on the first page of
     * every list ({@code page}, {@code enterprisePage}...), which then holds all the rows.
     */
    private static final class WholePage extends HttpServletRequestWrapper {

        WholePage(HttpServletRequest request) {
            super(request);
        }

        @Override
        public @Nullable String getHeader(String name) {
            return isHtmx(name) ? null : super.getHeader(name);
        }

        @Override
        public Enumeration<String> getHeaders(String name) {
            return isHtmx(name) ? Collections.emptyEnumeration() : super.getHeaders(name);
        }

        @Override
        public @Nullable String getParameter(String name) {
            String value = super.getParameter(name);
            return value != null && isPage(name) ? "1" : value;
        }

        @Override
        public String @Nullable [] getParameterValues(String name) {
            String[] values = super.getParameterValues(name);
            return values != null && isPage(name) ? new String[] {"1"} : values;
        }

        @Override
        public java.util.Map<String, String[]> getParameterMap() {
            java.util.Map<String, String[]> parameters = new java.util.LinkedHashMap<>(super.getParameterMap());
            parameters.replaceAll((name, values) -> isPage(name) ? new String[] {"1"} : values);
            return Collections.unmodifiableMap(parameters);
        }

        private static boolean isPage(String name) {
            return name.equals("page") || name.endsWith("Page");
        }

        private static boolean isHtmx(String name) {
            return name.regionMatches(true, 0, "HX-", 0, 3);
        }
    }
}
