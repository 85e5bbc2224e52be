package io.industrypulse.account;

import io.industrypulse.i18n.Messages;

/**
 * A request to the account module that breaks a rule (duplicate name, scope that does not fit the role, weak
 * password). {@link #messageKey()} names the message in {@code i18n/account.properties}; {@link #getMessage()} is its
 * text in the language of the request that broke the rule (Chinese outside a request).
 */
public class AccountException extends RuntimeException {

    static final String UNKNOWN_USER = "account.error.unknown";

    private final String messageKey;
    private final transient Object[] arguments;

    AccountException(String messageKey, Object... arguments) {
        super(Messages.get(messageKey, arguments));
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
    }

    /** Whether the user the request names does not exist: a page answers 404 for it. */
    public boolean unknownUser() {
        return messageKey.equals(UNKNOWN_USER);
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}
