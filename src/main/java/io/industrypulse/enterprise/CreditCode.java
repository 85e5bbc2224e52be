package io.industrypulse.enterprise;

import io.industrypulse.i18n.Messages;
import java.util.Optional;

/**
 * The unified social credit code (统一社会信用代码, GB 32100-2015, METHODOLOGY 8.2): 18 characters from a 31-character
 * set; the 18th is a mod-31 check character over the first 17 with weights {@code 3^(i-1) mod 31}.
 */
public final class CreditCode {

    /** The 31 characters allowed, in value order: digits and upper-case letters except I, O, Z, S, V. */
    public static final String CHARSET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    /** Length of a code. */
    public static final int LENGTH = 18;

    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    /** Why a code is not a valid credit code. */
    public enum Problem {
        /** Not exactly 18 characters. */
        LENGTH,
        /** A character outside {@link #CHARSET}. */
        CHARSET,
        /** The 18th character is not the check character of the first 17. */
        CHECK_CHARACTER
    }

    private CreditCode() {}

    /** Trims and upper-cases user input; {@code null} stays {@code null}. */
    public static String normalize(String code) {
        return code == null ? null : code.trim().toUpperCase(java.util.Locale.ROOT);
    }

    /** Whether the code (exactly as given, no normalization) is a valid credit code. */
    public static boolean isValid(String code) {
        return problem(code).isEmpty();
    }

    /** The first problem of the code (exactly as given), or empty when it is valid. */
    public static Optional<Problem> problem(String code) {
        if (code == null || code.length() != LENGTH) {
            return Optional.of(Problem.LENGTH);
        }
        for (int i = 0; i < LENGTH; i++) {
            if (CHARSET.indexOf(code.charAt(i)) < 0) {
                return Optional.of(Problem.CHARSET);
            }
        }
        return code.charAt(LENGTH - 1) == checkCharacter(code.substring(0, LENGTH - 1))
                ? Optional.empty()
                : Optional.of(Problem.CHECK_CHARACTER);
    }

    /**
     * The check character of the first 17 characters: {@code charset[(31 - S mod 31) mod 31]} with
     * {@code S = Σ value(c_i) * W_i}.
     *
     * @throws IllegalArgumentException when the body is not 17 characters of {@link #CHARSET}
     */
    public static char checkCharacter(String body) {
        if (body == null || body.length() != LENGTH - 1) {
            throw new IllegalArgumentException(Messages.get("enterprise.error.bodyLength", body));
        }
        int sum = 0;
        for (int i = 0; i < LENGTH - 1; i++) {
            int value = CHARSET.indexOf(body.charAt(i));
            if (value < 0) {
                throw new IllegalArgumentException(
                        Messages.get("enterprise.error.bodyCharacter", body.charAt(i), body));
            }
            sum += value * WEIGHTS[i];
        }
        return CHARSET.charAt((31 - sum % 31) % 31);
    }

    /** The body followed by its check character: a valid code (for generators and tests). */
    public static String withCheckCharacter(String body) {
        return body + checkCharacter(body);
    }
}
