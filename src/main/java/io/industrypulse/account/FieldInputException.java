package io.industrypulse.account;

import io.industrypulse.i18n.Messages;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

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
