package io.industrypulse.account;

import org.jspecify.annotations.Nullable;

/**
 * What an administrator enters to create a user.
 *
 * @param username the login name: 3 to 64 letters, digits, {@code . _ -}
 * @param displayName the name shown in pages
 * @param role the user's role
 * @param regionCode the city's code for city roles, a county of the city for {@link Role#COUNTY_USER} and {@link
 *     Role#ENTERPRISE_USER}
 * @param enterpriseCreditCode the enterprise of an {@link Role#ENTERPRISE_USER}, otherwise {@code null}
 * @param department the department of a {@link Role#DEPARTMENT_USER}, otherwise {@code null}
 * @param email the address the inbox's messages are also mailed to, or {@code null}
 * @param rawPassword the initial password, at least 8 characters
 */
public record NewUser(
        String username,
        String displayName,
        Role role,
        String regionCode,
        @Nullable String enterpriseCreditCode,
        @Nullable Department department,
        @Nullable String email,
        String rawPassword) {

    /** A user without an e-mail address. */
    public NewUser(
            String username,
            String displayName,
            Role role,
            String regionCode,
            @Nullable String enterpriseCreditCode,
            @Nullable Department department,
            String rawPassword) {
        this(username, displayName, role, regionCode, enterpriseCreditCode, department, null, rawPassword);
    }

    @Override
    public String toString() {
        return "NewUser[username=" + username + ", displayName=" + displayName + ", role=" + role + ", regionCode="
                + regionCode + ", enterpriseCreditCode=" + enterpriseCreditCode + ", department=" + department
                + ", email=" + email + ", rawPassword=***]";
    }
}
