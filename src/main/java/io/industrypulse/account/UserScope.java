package io.industrypulse.account;

import io.swagger.v3.oas.annotations.media.Schema;
import java.io.Serializable;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Who is asking and what they may see (DESIGN.md section 1): the role, the region scope (the city's code, or one
 * county's code), narrowed to one enterprise for {@link Role#ENTERPRISE_USER} and to one department for {@link
 * Role#DEPARTMENT_USER}. Feature services filter every query with it.
 *
 * <p>The rule in one place: the city's and the counties' aggregates (overview, ranking, comparisons) are public to
 * every role. The detail of a county (its enterprises, their figures, tasks, contacts, imports) is for the city roles
 * that see everything ({@link #isCityWide()}) and the county's own users ({@link #coversCounty}). An enterprise user
 * sees its own enterprise and nothing of any other ({@link #coversEnterprise}); a department user sees no county's
 * detail, only what its department handles ({@link #department()}).
 *
 * @param username the login name
 * @param role the user's role
 * @param regionCode GB/T 2260 code of the scope: the city, or one county
 * @param enterpriseCreditCode for {@link Role#ENTERPRISE_USER} its enterprise, otherwise {@code null}
 * @param department for {@link Role#DEPARTMENT_USER} its department, otherwise {@code null}
 */
public record UserScope(
        String username,
        Role role,
        String regionCode,
        @Nullable String enterpriseCreditCode,
        @Nullable Department department)
        implements Serializable {

    public UserScope {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(regionCode, "regionCode");
    }

    /** A scope without an enterprise or a department (city roles, county users). */
    public UserScope(String username, Role role, String regionCode) {
        this(username, role, regionCode, null, null);
    }

    /** Whether the user may see the detail of every county: city administrators, analysts and leaders. */
    // an accessor, not a component: the Javadoc reaches the API description only through the annotation
    @Schema(
            description =
                    "Whether the user may see the detail of every county: city administrators, analysts and leaders")
    public boolean isCityWide() {
        return role.seesEveryCounty();
    }

    /** Whether the user may see the detail of the given county: its enterprises, their figures, tasks, imports. */
    public boolean coversCounty(String countyCode) {
        return isCityWide() || (role == Role.COUNTY_USER && regionCode.equals(countyCode));
    }

    /** Whether the user may see the figures of the given enterprise (in the given county). */
    public boolean coversEnterprise(String creditCode, String countyCode) {
        return coversCounty(countyCode) || isOwnEnterprise(creditCode);
    }

    /** Whether the enterprise is the enterprise user's own. */
    public boolean isOwnEnterprise(String creditCode) {
        return role == Role.ENTERPRISE_USER && creditCode != null && creditCode.equals(enterpriseCreditCode);
    }

    /** Whether the user is a department user of a department that handles the 涉气 enterprises. */
    public boolean seesAirPollutingEnterprises() {
        return role == Role.DEPARTMENT_USER && department != null && department.seesAirPollutingEnterprises();
    }

    /**
     * The county a county user is limited to, or {@code null} for the city roles that see every county.
     *
     * @throws IllegalStateException for enterprise and department users, whose scope is not a county: callers decide
     *     for them explicitly
     */
    public @Nullable String countyOrNull() {
        if (isCityWide()) {
            return null;
        }
        if (role == Role.COUNTY_USER) {
            return regionCode;
        }
        throw new IllegalStateException("scope of " + role + " is not a county");
    }
}
