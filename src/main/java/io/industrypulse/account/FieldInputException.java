package io.industrypulse.account;

import io.industrypulse.i18n.Messages;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Input refused, nothing written: each problem names the form field it is about (a component of the form) with the
 * Chinese message that names it too ("二氧化硫（千克/日）：不能为负数"); the message joins them. Forms show each
 * problem at its field; an import, whose problem names the column already, takes the message without the field.
 */
public class FieldInputException extends IllegalArgumentException {

    private final Map<String, String> problems;
    private final Map<String, String> unlabelled;

    private FieldInputException(Map<String, String> problems, Map<String, String> unlabelled) {
        super(problems.values().stream().collect(Collectors.joining(Messages.get("account.error.separator"))));
        this.problems = Map.copyOf(problems);
        this.unlabelled = Map.copyOf(unlabelled);
    }

    /** By field, each message naming its field. */
    public Map<String, String> problems() {
        return problems;
    }

    /** By field, without the field's name. */
    public Map<String, String> unlabelled() {
        return unlabelled;
    }

    /** Collects problems by field; {@link #check()} throws when there are any. */
    public static final class Problems {

        /** The largest amount a field takes, 万元: a sanity bound, not a rule of the method. */
        private static final BigDecimal MAX_AMOUNT = BigDecimal.valueOf(1_000_000_000);

        private final String labels;
        private final Map<String, String> byField = new LinkedHashMap<>();
        private final Map<String, String> unlabelled = new LinkedHashMap<>();

        /** @param labels the bundle prefix of the fields' labels, e.g. {@code environment.field.} */
        public Problems(String labels) {
            this.labels = labels;
        }

        /**
         * Records the problem {@code code} on the field: a message whose {@code {0}} is the field's label and whose
         * further arguments follow; the first problem of a field wins.
         */
        public void add(String field, String code, Object... args) {
            Object[] all = new Object[args.length + 1];
            all[0] = Messages.get(labels + field);
            System.arraycopy(args, 0, all, 1, args.length);
            byField.putIfAbsent(field, Messages.get(code, all));
            all[0] = "";
            unlabelled.putIfAbsent(field, Messages.get(code, all).replaceFirst("^[：:]\\s*", ""));
        }

        /** A text field: stripped, at most {@code max} characters; {@code null} when blank (a problem if required). */
        public @Nullable String text(String field, @Nullable String value, int max, boolean required) {
            if (value == null || value.isBlank()) {
                if (required) {
                    add(field, "account.field.required");
                }
                return null;
            }
            String v = value.strip();
            if (v.length() > max) {
                add(field, "account.field.tooLong", max);
                return null;
            }
            return v;
        }

        /**
         * An amount in 万元: a number (thousands separators allowed) not negative, at most two decimals and at most
         * 10 亿万元; {@code null} when blank (a problem if required) or wrong.
         */
        public @Nullable BigDecimal amount(String field, @Nullable String value, boolean required) {
            if (value == null || value.isBlank()) {
                if (required) {
                    add(field, "account.field.required");
                }
                return null;
            }
            try {
                BigDecimal v = new BigDecimal(value.strip().replace(",", ""));
                if (v.signum() < 0) {
                    add(field, "account.field.negative");
                    return null;
                }
                if (Math.max(0, v.stripTrailingZeros().scale()) > 2 || v.compareTo(MAX_AMOUNT) > 0) {
                    add(field, "account.field.amount");
                    return null;
                }
                return v;
            } catch (NumberFormatException e) {
                add(field, "account.field.number", value.strip());
                return null;
            }
        }

        /** A date YYYY-MM-DD; {@code null} when blank (a problem if required) or wrong. */
        public @Nullable LocalDate date(String field, @Nullable String value, boolean required) {
            if (value == null || value.isBlank()) {
                if (required) {
                    add(field, "account.field.required");
                }
                return null;
            }
            try {
                return LocalDate.parse(value.strip());
            } catch (DateTimeParseException e) {
                add(field, "account.field.date", value.strip());
                return null;
            }
        }

        /** A month YYYY-MM; {@code null} when blank (a problem if required) or wrong. */
        public @Nullable YearMonth month(String field, @Nullable String value, boolean required) {
            if (value == null || value.isBlank()) {
                if (required) {
                    add(field, "account.field.required");
                }
                return null;
            }
            try {
                return YearMonth.parse(value.strip());
            } catch (DateTimeParseException e) {
                add(field, "account.field.month", value.strip());
                return null;
            }
        }

        /** One of the choices, by its code or its label under {@code labelPrefix}; {@code null} when blank or wrong. */
        public <E extends Enum<E>> @Nullable E choice(
                String field, @Nullable String value, Class<E> type, String labelPrefix, boolean required) {
            if (value == null || value.isBlank()) {
                if (required) {
                    add(field, "account.field.required");
                }
                return null;
            }
            String v = value.strip();
            for (E candidate : type.getEnumConstants()) {
                if (candidate.name().equalsIgnoreCase(v)
                        || Messages.get(labelPrefix + candidate.name()).equals(v)) {
                    return candidate;
                }
            }
            add(field, "account.field.choice", v);
            return null;
        }

        public boolean has(String field) {
            return byField.containsKey(field);
        }

        /** @throws FieldInputException when a problem was recorded */
        public void check() {
            if (!byField.isEmpty()) {
                throw new FieldInputException(byField, unlabelled);
            }
        }
    }
}
