package io.industrypulse.environment;

import io.industrypulse.i18n.Messages;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Input refused, nothing written: each problem names the form field it is about (a component of the form) with the
 * Chinese message that names it too ("二氧化硫（千克/日）：不能为负数"); the message joins them.
 */
public class EnvironmentInputException extends IllegalArgumentException {

    private final Map<String, String> problems;
    private final Map<String, String> unlabelled;

    EnvironmentInputException(Map<String, String> problems, Map<String, String> unlabelled) {
        super(problems.values().stream().collect(Collectors.joining(Messages.get("environment.error.separator"))));
        this.problems = Map.copyOf(problems);
        this.unlabelled = Map.copyOf(unlabelled);
    }

    /** By field, each message naming its field. */
    public Map<String, String> problems() {
        return problems;
    }

    /** By field, without the field's name (for an import, whose problem names the column already). */
    Map<String, String> unlabelled() {
        return unlabelled;
    }

    /** Collects problems by field; {@link #check()} throws when there are any. */
    static final class Problems {

        private final Map<String, String> byField = new LinkedHashMap<>();
        private final Map<String, String> unlabelled = new LinkedHashMap<>();

        /** Records the problem {@code code} (of {@code i18n/environment}) on the field, whose label it names. */
        void add(String field, String code, Object... args) {
            Object[] all = new Object[args.length + 1];
            all[0] = Messages.get("environment.field." + field);
            System.arraycopy(args, 0, all, 1, args.length);
            byField.putIfAbsent(field, Messages.get(code, all));
            all[0] = "";
            unlabelled.putIfAbsent(field, Messages.get(code, all).replaceFirst("^[：:]\\s*", ""));
        }

        boolean has(String field) {
            return byField.containsKey(field);
        }

        void check() {
            if (!byField.isEmpty()) {
                throw new EnvironmentInputException(byField, unlabelled);
            }
        }
    }
}
