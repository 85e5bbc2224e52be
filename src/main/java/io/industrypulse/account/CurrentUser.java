package io.industrypulse.account;

import io.industrypulse.i18n.Messages;
import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** The scope of the user of the current request, for services that filter by it. */
@Component
public class CurrentUser {

    /**
     * @return the current user's scope
     * @throws AccessDeniedException when no user is logged in
     */
    public UserScope scope() {
        return signedIn().orElseThrow(() -> new AccessDeniedException(Messages.get("account.error.notSignedIn")));
    }

    /** The current user's scope, or empty when nobody is signed in (a page that anyone may see). */
    public Optional<UserScope> signedIn() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof AccountUser user
                ? Optional.of(user.scope())
                : Optional.empty();
    }
}
