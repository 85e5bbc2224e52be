package io.industrypulse.ingest;

import java.math.BigDecimal;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Numbers typed by people: full-width digits (１２３．４), thousands separators (1,234,567.89) and surrounding spaces
 * are accepted; anything else (units, words, two decimal points, misplaced separators) is not a number.
 */
final class Amounts {

    private static final Pattern PLAIN = Pattern.compile("[-+]?\\d+(\\.\\d+)?");
    private static final Pattern GROUPED = Pattern.compile("[-+]?\\d{1,3}(,\\d{3})+(\\.\\d+)?");
    private static final Pattern SCIENTIFIC = Pattern.compile("[-+]?\\d+(\\.\\d+)?[eE][-+]?\\d+");

    private Amounts() {}

    /** Half-width form: full-width ASCII (U+FF01..U+FF5E) and the ideographic space become ASCII. */
    static String halfWidth(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '\uFF01' && c <= '\uFF5E') {
                out.append((char) (c - 0xFEE0));
            } else if (c == '\u3000' || c == '\u00A0') {
                out.append(' ');
            } else if (c == '\u3002' && i > 0 && Character.isDigit(text.charAt(i - 1))) {
                out.append('.');
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** The number the text holds, or {@code null} when it is not unambiguously a number. */
    static @Nullable BigDecimal parse(String text) {
        String value = halfWidth(text).strip().replace(" ", "");
        if (PLAIN.matcher(value).matches() || SCIENTIFIC.matcher(value).matches()) {
            return new BigDecimal(value);
        }
        if (GROUPED.matcher(value).matches()) {
            return new BigDecimal(value.replace(",", ""));
        }
        return null;
    }

    /** A header label made comparable: half-width, no spaces, dashes unified to {@code -}, brackets to ASCII. */
    static String label(String text) {
        String value = halfWidth(text);
        StringBuilder out = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isWhitespace(c)) {
                continue;
            }
            switch (c) {
                case '—', '–', '―', '－', '~', '〜', '～', '至' -> out.append('-');
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
