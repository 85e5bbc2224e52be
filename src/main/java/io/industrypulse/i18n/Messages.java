package io.industrypulse.i18n;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.servlet.i18n.SessionLocaleResolver;

/**
 * The message bundles, in the language of the request being served: a page or API call in an English session gets
 * English, everything else (the command line, scheduled work, a request without a session) Chinese. Errors are
 * resolved where they are thrown, so {@link Exception#getMessage()} is already the user's text wherever it is shown
 * (a page, a problem detail, an error workbook, the console).
 *
 * <p>The same source is the application's {@code messageSource} bean, so pages ({@code #{...}}) and code read one set
 * of bundles.
 */
@Configuration(proxyBeanMethods = false)
public class Messages {

    /** Every bundle; a module's texts live in {@code i18n/<module>.properties}, its English in {@code _en}. */
    public static final List<String> BUNDLES = List.of(
            "messages",
            "i18n/account",
            "i18n/region",
            "i18n/enterprise",
            "i18n/demo",
            "i18n/planning",
            "i18n/target",
            "i18n/ingest",
            "i18n/monitor",
            "i18n/dispatch",
            "i18n/environment",
            "i18n/cultivation",
            "i18n/investment",
            "i18n/review",
            "i18n/cli",
            "i18n/report",
            "i18n/audit");

    private static final ResourceBundleMessageSource SOURCE = source();

    @Bean
    MessageSource messageSource() {
        return SOURCE;
    }

    /**
     * The text of {@code key} with {@code arguments} filled in ({@link java.text.MessageFormat}), in the current
     * request's language. Numbers are filled in as written ({@code 2026}, {@code 130102}, {@code 0.5}), not grouped
     * or rounded by the locale: most are years, codes, row numbers or values the user typed.
     *
     * @throws org.springframework.context.NoSuchMessageException for a key in no bundle (a test reads every key)
     */
    public static String get(String key, Object... arguments) {
        Object[] filled = new Object[arguments.length];
        for (int i = 0; i < arguments.length; i++) {
            filled[i] = arguments[i] instanceof BigDecimal decimal
                    ? decimal.toPlainString()
                    : arguments[i] instanceof Number number ? number.toString() : arguments[i];
        }
        return SOURCE.getMessage(key, filled, locale());
    }

    /** The text of {@code key}, or {@code fallback} when no bundle has it (labels of codes that may grow). */
    public static String orDefault(String key, String fallback) {
        return SOURCE.getMessage(key, null, fallback, locale());
    }

    /**
     * The session's language as {@code ?lang=} set it; Chinese by default and outside a request. Read from the session,
     * not from {@code LocaleContextHolder}: in the security filters, before the dispatcher, that holder carries the
     * browser's Accept-Language (or the server's default), and a lockout message would come in the wrong language.
     */
    public static Locale locale() {
        Locale fixed = FIXED.get();
        if (fixed != null) {
            return fixed;
        }
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        Object chosen = request == null
                ? null
                : request.getAttribute(
                        SessionLocaleResolver.LOCALE_SESSION_ATTRIBUTE_NAME, RequestAttributes.SCOPE_SESSION);
        if (chosen instanceof Locale locale) {
            return locale;
        }
        return request instanceof org.springframework.web.context.request.ServletRequestAttributes servlet
                ? unchosen(servlet.getRequest())
                : Locale.SIMPLIFIED_CHINESE;
    }

    /**
     * The language of a request whose session chose none: a program calling {@code /api/**} gets its {@code
     * Accept-Language} (English or Chinese, Chinese for anything else); pages are Chinese until the user switches,
     * whatever the browser prefers, as the bureau's staff expect.
     */
    public static Locale unchosen(jakarta.servlet.http.HttpServletRequest request) {
        if (ApiRequests.isApi(request) && request.getHeader("Accept-Language") != null) {
            for (Locale wanted : java.util.Collections.list(request.getLocales())) {
                if (wanted.getLanguage().equals("en")) {
                    return Locale.ENGLISH;
                }
                if (wanted.getLanguage().equals("zh")) {
                    return Locale.SIMPLIFIED_CHINESE;
                }
            }
        }
        return Locale.SIMPLIFIED_CHINESE;
    }

    private static final ThreadLocal<Locale> FIXED = new ThreadLocal<>();

    /**
     * Runs {@code work} with every text in {@code locale}, whatever the session chose: official documents are written
     * in Chinese for every reader.
     */
    public static <T> T in(Locale locale, java.util.function.Supplier<T> work) {
        Locale before = FIXED.get();
        FIXED.set(locale);
        try {
            return work.get();
        } finally {
            if (before == null) {
                FIXED.remove();
            } else {
                FIXED.set(before);
            }
        }
    }

    private static ResourceBundleMessageSource source() {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource() {
            /*
             * The source keeps one MessageFormat per message and locale and formats under its lock, as MessageFormat
             * is not thread-safe: every page formatting the same period label queued behind one lock (most of the
             * time of the ranking page under 64 connections). Each call formats with its own copy instead.
             */
            @Override
            protected java.text.@org.jspecify.annotations.Nullable MessageFormat resolveCode(
                    String code, Locale locale) {
                java.text.MessageFormat shared = super.resolveCode(code, locale);
                return shared == null ? null : (java.text.MessageFormat) shared.clone();
            }
        };
        source.setBasenames(BUNDLES.toArray(String[]::new));
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        return source;
    }
}
