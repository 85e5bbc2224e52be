package io.industrypulse.account;

import io.industrypulse.support.MutableClock;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * One application context per database for all account tests (the web and the service tests share it): a real
 * server on a random port, {@code admin} with a known password, and a clock the tests can move.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"ADMIN_PASSWORD=" + AccountSpringTest.ADMIN_PASSWORD, "industrypulse.demo.enabled=false"})
@Import(AccountSpringTest.Clocks.class)
abstract class AccountSpringTest {

    static final String ADMIN_PASSWORD = "Admin-Pass-2026";
    static final String CITY = "130100";
    static final String COUNTY = "130102";

    private static final AtomicInteger NAMES = new AtomicInteger();

    @TestConfiguration(proxyBeanMethods = false)
    static class Clocks {
        @Bean
        @Primary
        MutableClock testClock() {
            return new MutableClock();
        }
    }

    @Autowired
    MutableClock clock;

    @Autowired
    AccountService accounts;

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void resetClockAndLogin() {
        clock.reset();
        SecurityContextHolder.clearContext();
    }

    /** A username no other test uses. */
    static String uniqueName(String prefix) {
        return prefix + "-" + NAMES.incrementAndGet() + "-" + System.nanoTime() % 100_000;
    }

    /** A county user with the given password, made the way the demo loader makes its users. */
    UserAccount countyUser(String username, String password) {
        return accounts.ensureUser(username, "县级测试用户", Role.COUNTY_USER, COUNTY, null, null, password);
    }

    /** Runs the following service calls as the given user. */
    static void loginAs(UserScope scope) {
        AccountUser user = new AccountUser(scope, "unused", true, true);
        SecurityContextHolder.getContext()
                .setAuthentication(
                        UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }

    static void loginAsAdmin() {
        loginAs(new UserScope(AdminBootstrap.ADMIN, Role.CITY_ADMIN, CITY));
    }

    long auditRows(String action, String entityKey) {
        return jdbc.sql("SELECT COUNT(*) FROM audit_log WHERE action = :action AND entity_key = :key")
                .param("action", action)
                .param("key", entityKey)
                .query(Long.class)
                .single();
    }

    static final Duration LOCK = LoginAttempts.LOCK_DURATION;
}
