package io.industrypulse.account;

import io.industrypulse.i18n.Messages;
import java.security.SecureRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Makes sure the administrator {@value #ADMIN} ({@link Role#CITY_ADMIN}, scoped to the city) exists on every start,
 * before other startup runners such as the demo loader:
 *
 * <ul>
 *   <li>{@code ADMIN_PASSWORD} set (environment or property): it becomes the password, on every start, so scripts can
 *       log in;
 *   <li>not set and the administrator exists: nothing changes;
 *   <li>not set, no administrator, profile {@code postgres}: startup fails asking for {@code ADMIN_PASSWORD};
 *   <li>not set, no administrator, embedded default: a generated password is printed to the log.
 * </ul>
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class AdminBootstrap implements ApplicationRunner {

    static final String ADMIN = "admin";
    static final String DISPLAY_NAME = "系统管理员";

    private static final Logger log = LoggerFactory.getLogger(AdminBootstrap.class);
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

    private final AccountService accounts;
    private final Environment environment;

    AdminBootstrap(AccountService accounts, Environment environment) {
        this.accounts = accounts;
        this.environment = environment;
    }

    @Override
    public void run(ApplicationArguments args) {
        String password = environment.getProperty("ADMIN_PASSWORD");
        String city = accounts.cityCode();
        if (password != null && !password.isBlank()) {
            accounts.ensureUser(ADMIN, DISPLAY_NAME, Role.CITY_ADMIN, city, null, null, password);
            log.info("Administrator '{}' ready; its password is ADMIN_PASSWORD", ADMIN);
        } else if (accounts.exists(ADMIN)) {
            accounts.ensureUser(ADMIN, DISPLAY_NAME, Role.CITY_ADMIN, city, null, null, null);
        } else if (environment.matchesProfiles("postgres")) {
            throw new IllegalStateException("No administrator account exists yet. Set the environment variable "
                    + "ADMIN_PASSWORD (at least " + AccountService.MIN_PASSWORD_LENGTH
                    + " characters) to create the administrator '" + ADMIN + "' and start again. "
                    + Messages.get("account.error.noAdmin"));
        } else {
            String generated = generatePassword();
            accounts.ensureUser(ADMIN, DISPLAY_NAME, Role.CITY_ADMIN, city, null, null, generated);
            log.warn("""

                    ==============================================================
                     Administrator created / 已创建管理员账户
                       username / 用户名: {}
                       password / 密码:   {}
                     Set ADMIN_PASSWORD to choose it yourself.
                    ==============================================================""", ADMIN, generated);
        }
    }

    private static String generatePassword() {
        SecureRandom random = new SecureRandom();
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < 16; i++) {
            password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }
}
