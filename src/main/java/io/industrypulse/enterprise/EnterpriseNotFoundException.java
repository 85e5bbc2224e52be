package io.industrypulse.enterprise;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No such enterprise, or not within the caller's scope (indistinguishable on purpose). */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class EnterpriseNotFoundException extends RuntimeException {

    public EnterpriseNotFoundException(String creditCode) {
        super("企业不存在或无权查看: " + creditCode);
    }
}
