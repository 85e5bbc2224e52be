package io.industrypulse.account;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.industrypulse.i18n.Messages;
import java.util.regex.Pattern;

/**
 * A city department a {@link Role#DEPARTMENT_USER} works for and a ticket is assigned to (交办), by its code in table
 * {@code department}, which the administrator maintains ({@link Departments}: names, whether it takes tickets, users).
 * A department sees the city's aggregates, the tickets assigned to it and only the enterprise facts its work needs;
 * which facts those are is decided by the feature that owns them ({@link #seesAirPollutingEnterprises()}).
 *
 * @param code upper-case letters, digits and {@code _}, 2 to 32 characters (shown in forms, stored in rows)
 */
public record Department(@JsonValue String code) implements java.io.Serializable {

    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{1,31}");

    /** 生态环境局: the key air-polluting enterprises, their grades and production status. */
    public static final Department ECOLOGY = new Department("ECOLOGY");

    /** 统计局: the city's statistics office. */
    public static final Department STATISTICS = new Department("STATISTICS");

    /** @throws IllegalArgumentException naming the field when the code is not one */
    public Department {
        if (code == null || !CODE.matcher(code).matches()) {
            throw new IllegalArgumentException(Messages.get("account.error.departmentCode", String.valueOf(code)));
        }
    }

    /** The department of a code, for forms, JSON and rows (whether it exists is {@link Departments}' to say). */
    @JsonCreator
    public static Department valueOf(String code) {
        return new Department(code);
    }

    /** Whether the department's work needs the registry facts and production status of 涉气 enterprises. */
    public boolean seesAirPollutingEnterprises() {
        return ECOLOGY.equals(this);
    }

    /** The code, as forms and query parameters carry it. */
    @Override
    public String toString() {
        return code;
    }
}
