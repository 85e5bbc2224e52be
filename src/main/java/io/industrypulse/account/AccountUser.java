package io.industrypulse.account;

import java.util.List;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;

/** The authenticated principal: Spring Security's user plus the {@link UserScope} every service filters by. */
public class AccountUser extends User {

    private static final long serialVersionUID = 1L;

    private final UserScope scope;

    public AccountUser(UserScope scope, String passwordHash, boolean enabled, boolean accountNonLocked) {
        super(
                scope.username(),
                passwordHash,
                enabled,
                true,
                true,
                accountNonLocked,
                List.of(new SimpleGrantedAuthority("ROLE_" + scope.role().name())));
        this.scope = scope;
    }

    public UserScope scope() {
        return scope;
    }
}
