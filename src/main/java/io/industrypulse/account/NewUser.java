package io.industrypulse.account;

/**
 * What an administrator enters to create a user.
 *
 * @param regionCode the scope: the city's code for city-wide roles, a county's code for {@link Role#COUNTY_USER}
 */
public record NewUser(
        String username, String displayName, Role role, String regionCode, String enterpriseCode, String password) {}
