package io.industrypulse.account;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The administrator {@code admin} exists in every profile. {@code ADMIN_PASSWORD}, when set, is its password on every
 * start (so scripts can log in). Without it, the embedded database gives it {@link #DEMO_PASSWORD}; production
 * ({@code industrypulse.account.require-admin-password}, set by the {@code postgres} profile) refuses to start an
 * empty database without it.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class AdminBootstrap implements ApplicationRunner {

    static final String ADMIN = "admin";
    /** Printed to the log with the other demo accounts; only ever used with the embedded demo city. */
    static final String DEMO_PASSWORD = "Admin@2026";

    private static final Logger log = LoggerFactory.getLogger(AdminBootstrap.class);

    private final AccountService accounts;
    private final String adminPassword;
    private final boolean production;

    AdminBootstrap(
            AccountService accounts,
            @Value("${ADMIN_PASSWORD:}") String adminPassword,
            @Value("${industrypulse.account.require-admin-password:false}") boolean production) {
        this.accounts = accounts;
        this.adminPassword = adminPassword;
        this.production = production;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!adminPassword.isBlank()) {
            accounts.ensureUser(admin(adminPassword));
            log.info("管理员账户 admin 的密码已按 ADMIN_PASSWORD 设置");
        } else if (accounts.find(ADMIN).isEmpty()) {
            if (production) {
                throw new IllegalStateException("数据库中还没有管理员账户：首次启动请设置环境变量 ADMIN_PASSWORD（管理员 admin 的密码）");
            }
            accounts.ensureUser(admin(DEMO_PASSWORD));
            log.info("示例管理员账户已创建：admin / {}", DEMO_PASSWORD);
        }
    }

    private NewUser admin(String password) {
        return new NewUser(ADMIN, "系统管理员", Role.CITY_ADMIN, accounts.cityCode(), null, password);
    }
}
