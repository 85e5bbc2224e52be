package io.industrypulse.enterprise;

import io.industrypulse.i18n.Messages;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No such enterprise, or not within the caller's scope (indistinguishable on purpose). */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class EnterpriseNotFoundException extends RuntimeException {

    public EnterpriseNotFoundException(String creditCode) {
        super(Messages.get("enterprise.error.notFound", creditCode));
    }
}
