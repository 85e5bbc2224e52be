package io.industrypulse.account;

import java.io.Serializable;
import java.util.Objects;

/**
 * Who is asking and what part of the city they may see: the role and the region scope (the city's code, or one
 * county's code). Feature services filter every query with it (DESIGN.md section 1).
 *
 * @param username the login name
 * @param role the user's role
 * @param regionCode GB/T 2260 code of the scope: the city, or one county
 * @param enterpriseCreditCode for {@link Role#ENTERPRISE_USER} its enterprise, otherwise {@code null}
 */
public record UserScope(String username, Role role, String regionCode, String enterpriseCreditCode)
        implements Serializable {

    public UserScope {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(regionCode, "regionCode");
    }

    /** Whether the user may see the detail of every county. */
    public boolean isCityWide() {
        return role.seesWholeCity();
    }

    /** Whether the user may see the detail of the given county. */
    public boolean coversCounty(String countyCode) {
        return isCityWide() || regionCode.equals(countyCode);
    }

    /** The county a county-bound user is limited to, or {@code null} when the user sees the whole city. */
    public String countyOrNull() {
        return isCityWide() ? null : regionCode;
    }
}
