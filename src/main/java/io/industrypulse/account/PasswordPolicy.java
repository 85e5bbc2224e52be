package io.industrypulse.account;

import com.nulabinc.zxcvbn.Feedback;
import com.nulabinc.zxcvbn.Strength;
import com.nulabinc.zxcvbn.Zxcvbn;
import io.industrypulse.i18n.Messages;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * What a new password must be (on creation, reset and change): at least {@value #MIN_LENGTH} characters, at most
 * {@value #MAX_BYTES} bytes (BCrypt's limit), not the user name, and strong enough by zxcvbn (told the user name, so a password
 * built on it scores low) (its own dictionaries of
 * common passwords, names and patterns; score 0-4, at least {@link #MIN_SCORE}), with zxcvbn's feedback in the user's
 * language ({@code i18n/password*.properties}).
 */
final class PasswordPolicy {

    static final int MIN_LENGTH = 10;
    static final int MAX_BYTES = 72;
    /** zxcvbn's "safely unguessable: moderate protection from offline slow-hash attacks". */
    static final int MIN_SCORE = 3;

    private static final Zxcvbn ZXCVBN = new Zxcvbn();

    private PasswordPolicy() {}

    /**
     * @throws AccountException naming the rule broken, with zxcvbn's warning and suggestions for a weak one
     */
    static void check(String rawPassword, String username) {
        if (rawPassword == null
                || rawPassword.length() < MIN_LENGTH
                || rawPassword.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            throw new AccountException("account.error.password", MIN_LENGTH);
        }
        if (username != null && rawPassword.equalsIgnoreCase(username)) {
            throw new AccountException("account.error.passwordName");
        }
        Strength strength = ZXCVBN.measure(rawPassword, username == null ? List.of() : List.of(username));
        if (strength.getScore() < MIN_SCORE) {
            throw new AccountException("account.error.weakPassword", advice(strength.getFeedback(), Messages.locale()));
        }
    }

    /** zxcvbn's warning and suggestions in the given language, one sentence after the other. */
    private static String advice(Feedback feedback, Locale locale) {
        ResourceBundle bundle = ResourceBundle.getBundle(
                "i18n.password",
                locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        Feedback localized = feedback.withResourceBundle(bundle);
        List<String> parts = new ArrayList<>();
        String warning = localized.getWarning(locale);
        if (warning != null && !warning.isBlank()) {
            parts.add(warning);
        }
        parts.addAll(localized.getSuggestions(locale));
        return parts.isEmpty()
                ? bundle.getString("feedback.extra.suggestions.addAnotherWord")
                : String.join(" ", parts);
    }
}
