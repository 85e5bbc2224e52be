package io.industrypulse.web;

import io.industrypulse.report.FigureText;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.security.web.csrf.CsrfToken;
import tools.jackson.databind.json.JsonMapper;

/**
 * What one request's page shows around its own content — the head, the header with the menu, the period picker and
 * the user's scope, the footer — and the helpers a compiled (jte) page reads its texts and links through. Built once
 * per page by {@link PageFrames}; the jte templates under {@code src/main/jte/layout} render it, for jte pages and
 * Thymeleaf pages alike ({@code fragments/layout.html} inserts their output), so the frame has one source.
 *
 * @param locale the language the page is written in (the session's choice, {@code ?lang=})
 * @param contextPath prefixed to every link, as Thymeleaf's {@code @{...}} does
 * @param csrf the session's token, for the head's meta tags and the header's sign-out form; null when none
 * @param homePath where the brand leads: the user's own home ({@link Navigation#home})
 * @param periodPicker the header's period picker; null without a signed-in user
 * @param navigation the menu; null without a signed-in user
 * @param scopeLabel the user's role and region, e.g. "县级用户 · 长安区"; null without a signed-in user
 * @param userName the signed-in user's name; null without one
 * @param fig the one formatter of figures
 * @param json writes a chart's data into its {@code data-*} attributes (app.js draws it)
 * @param resources the static resources' links, resolved once with their versions
 */
public record PageFrame(
        Locale locale,
        String contextPath,
        @Nullable CsrfToken csrf,
        boolean demoData,
        String homePath,
        @Nullable PeriodPicker periodPicker,
        @Nullable List<Navigation.Group> navigation,
        @Nullable String scopeLabel,
        @Nullable String userName,
        MessageSource messages,
        FigureText fig,
        JsonMapper json,
        Resources resources) {

    /** The links of the style sheet and the two scripts every page loads, and of the chart library. */
    public record Resources(String css, String htmx, String appJs, String echarts) {}

    /** The text of {@code key} in the page's language; with arguments through {@code MessageFormat}, as {@code #{}}. */
    public String msg(String key, Object... arguments) {
        return messages.getMessage(key, arguments.length == 0 ? null : arguments, locale);
    }

    /** {@code path} (starting with "/") as a link of this application. */
    public String url(String path) {
        return contextPath + path;
    }

    /** {@code value} as JSON text. */
    public String json(@Nullable Object value) {
        return json.writeValueAsString(value);
    }

    /** The class a change adds to its cell: " up" above zero, " down" below, nothing otherwise or undefined. */
    public String trend(@Nullable Number change) {
        double value = change == null ? 0 : change.doubleValue();
        return value > 0 ? " up" : value < 0 ? " down" : "";
    }

    /** The page's language tag for {@code <html lang>}. */
    public String lang() {
        return locale.toLanguageTag();
    }

    /** Whether the page is in English (the header then offers Chinese). */
    public boolean english() {
        return locale.getLanguage().equals("en");
    }
}
