package io.industrypulse.account;

import io.industrypulse.i18n.Messages;
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
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof AccountUser user) {
            return user.scope();
        }
        throw new AccessDeniedException(Messages.get("account.error.notSignedIn"));
    }
}
