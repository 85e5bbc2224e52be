package io.industrypulse.support;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** A browser-like HTTP client over real HTTP: cookies, the login form with its CSRF token, HTTP Basic for the API. */
public final class WebSession {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final Pattern META_CSRF = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");
    /** What a browser accepts when it asks for a page. */
    private static final String PAGE_ACCEPT = "text/html,application/xhtml+xml,*/*;q=0.8";

    private final String base;
    private final HttpClient client;
    private final CookieManager cookies;

    public WebSession(int port) {
        this.base = "http://localhost:" + port;
        this.cookies = new CookieManager();
        this.client = HttpClient.newBuilder()
                .cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    private WebSession(String base, HttpClient client, CookieManager cookies) {
        this.base = base;
        this.client = client;
        this.cookies = cookies;
    }

    /** The id of the server-side session this browser holds (the SESSION cookie, base64 as Spring Session sets it). */
    public String sessionId() {
        return cookies.getCookieStore().getCookies().stream()
                .filter(c -> c.getName().equals("SESSION"))
                .map(c -> new String(
                        java.util.Base64.getDecoder().decode(c.getValue()), java.nio.charset.StandardCharsets.US_ASCII))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("no session cookie"));
    }

    /**
     * The same browser (its cookies, so its session) talking to another instance on {@code port}: what a load
     * balancer does when it sends the next request elsewhere.
     */
    public WebSession on(int port) {
        return new WebSession("http://localhost:" + port, client, cookies);
    }

    /** Logs in through the form; returns where the login redirected to ({@code /login?error} on failure). */
    public String login(String username, String password) {
        return location(submitLogin(username, password));
    }

    /** Logs in through the login page, as a person would (the CSRF token from the page's form); the raw answer. */
    public HttpResponse<String> submitLogin(String username, String password) {
        String token = csrfToken("/login");
        Map<String, String> form = new java.util.LinkedHashMap<>();
        form.put("username", username);
        form.put("password", password);
        form.put("_csrf", token);
        return postForm("/login", form);
    }

    /** The CSRF token of the form on the given page. */
    public String csrfToken(String path) {
        return hiddenCsrf(get(path).body());
    }

    /** The CSRF token the layout renders in its {@code <meta name="_csrf">} for htmx. */
    public String metaCsrf(String path) {
        return find(META_CSRF, get(path).body());
    }

    /** The CSRF token of the first form in the HTML. */
    public static String hiddenCsrf(String html) {
        return find(CSRF, html);
    }

    /** The value of an HTTP Basic {@code Authorization} header. */
    public static String basic(String username, String password) {
        return "Basic "
                + Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    /** Where a redirect points, or "" when the answer is none. */
    public static String location(HttpResponse<?> response) {
        return response.headers().firstValue("Location").orElse("");
    }

    private static String find(Pattern pattern, String html) {
        Matcher matcher = pattern.matcher(html);
        if (!matcher.find()) {
            throw new AssertionError("no CSRF token in:\n" + html);
        }
        return matcher.group(1);
    }

    /** A page request, as a browser sends it (HTML accepted, so errors come as the Chinese error page). */
    public HttpResponse<String> get(String path) {
        return get(path, Map.of());
    }

    /** A page request with extra headers (an {@code Accept} among them replaces the browser's). */
    public HttpResponse<String> get(String path, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path));
        if (!headers.containsKey("Accept")) {
            request.header("Accept", PAGE_ACCEPT);
        }
        headers.forEach(request::header);
        return send(request.GET().build());
    }

    /** A download (an export file) in the logged-in session. */
    public HttpResponse<byte[]> getBytes(String path) {
        return getBytes(path, Map.of());
    }

    /** A download with request headers (a browser's {@code Accept}). */
    public HttpResponse<byte[]> getBytes(String path, Map<String, String> headers) {
        try {
            HttpRequest.Builder request =
                    HttpRequest.newBuilder(URI.create(base + path)).GET();
            headers.forEach(request::header);
            return client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public HttpResponse<String> getBasic(String path, String username, String password) {
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Authorization", basic(username, password))
                .GET()
                .build());
    }

    /** A JSON POST to the API with HTTP Basic credentials. */
    public HttpResponse<String> postJsonBasic(String path, String json, String username, String password) {
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Authorization", basic(username, password))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json))
                .build());
    }

    /** A JSON POST in the session, with extra headers (a CSRF header among them). */
    public HttpResponse<String> postJson(String path, String json, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
        headers.forEach((name, value) -> {
            if (!name.equals("Content-Type")) {
                request.header(name, value);
            }
        });
        return send(request.build());
    }

    /** A multipart form POST (file upload) with the given fields and one file part named {@code fileField}. */
    public HttpResponse<String> postMultipart(
            String path, Map<String, String> fields, String fileField, String fileName, byte[] content) {
        String boundary = "----industrypulse" + System.nanoTime();
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        fields.forEach((name, value) -> body.writeBytes(
                ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n")
                        .getBytes(StandardCharsets.UTF_8)));
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fileField + "\"; filename=\""
                        + fileName + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("Accept", "text/html")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                .build());
    }

    public HttpResponse<String> postForm(String path, Map<String, String> fields) {
        return postForm(path, fields, Map.of());
    }

    public HttpResponse<String> postForm(String path, Map<String, String> fields, Map<String, String> headers) {
        String body = fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        headers.forEach(request::header);
        return send(request.build());
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
