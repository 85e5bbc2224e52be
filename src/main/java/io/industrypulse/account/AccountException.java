package io.industrypulse.account;

/**
 * A request to the account module that breaks a rule (duplicate name, scope that does not fit the role, weak
 * password). {@link #messageKey()} names the message in {@code i18n/account.properties}, so pages can show it in the
 * user's language; {@link #getMessage()} is the Chinese text for logs and the command line.
 */
public class AccountException extends RuntimeException {

    private final String messageKey;
    private final transient Object[] arguments;

    AccountException(String messageKey, String chineseMessage, Object... arguments) {
        super(chineseMessage);
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}
