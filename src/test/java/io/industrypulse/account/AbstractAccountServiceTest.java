package io.industrypulse.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.env.MockEnvironment;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;

/** The account service's rules and its audit entries, on the database. */
abstract class AbstractAccountServiceTest extends AccountSpringTest {

    @Autowired
    AuditLog audit;

    @Autowired
    AuthenticationManager authentication;

    boolean canLogIn(String username, String password) {
        try {
            return authentication
                    .authenticate(UsernamePasswordAuthenticationToken.unauthenticated(username, password))
                    .isAuthenticated();
        } catch (RuntimeException e) {
            return false;
        }
    }

    @Test
    void onlyAdministratorsCreateAndListUsers() {
        NewUser user = new NewUser(uniqueName("x"), "某人", Role.COUNTY_USER, COUNTY, null, null, "County-Pass-1");

        assertThatThrownBy(() -> accounts.createUser(user)).isInstanceOf(AccessDeniedException.class);
        loginAs(new UserScope("county", Role.COUNTY_USER, COUNTY));
        assertThatThrownBy(() -> accounts.createUser(user)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> accounts.listUsers()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> audit.search(new AuditQuery(null, null, null, null, 1, 10)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void createsAUserAndAuditsItWithoutThePassword() {
        loginAsAdmin();
        String name = uniqueName("new");

        UserAccount created = accounts.createUser(
                new NewUser(name, "张三", Role.ENTERPRISE_USER, COUNTY, "91130100MA0A1B2C3D", null, "Enterprise-Pass-1"));

        assertThat(created.scope())
                .isEqualTo(new UserScope(name, Role.ENTERPRISE_USER, COUNTY, "91130100MA0A1B2C3D", null));
        assertThat(accounts.listUsers()).extracting(UserAccount::username).contains(name, AdminBootstrap.ADMIN);
        assertThat(canLogIn(name, "Enterprise-Pass-1")).isTrue();
        AuditEntry entry = audit.search(new AuditQuery("admin", "user", null, null, 1, 200)).items().stream()
                .filter(e -> name.equals(e.entityKey()))
                .findFirst()
                .orElseThrow();
        assertThat(entry.action()).isEqualTo("user.create");
        assertThat(entry.beforeJson()).isNull();
        assertThat(entry.afterJson()).contains(name, "ENTERPRISE_USER").doesNotContain("Enterprise-Pass-1", "bcrypt");
    }

    @Test
    void scopeMustFitTheRole() {
        loginAsAdmin();

        assertRefused(
                new NewUser(uniqueName("a"), "分析", Role.CITY_ANALYST, COUNTY, null, null, "Pass-Word-1"), "cityScope");
        assertRefused(
                new NewUser(
                        uniqueName("d"), "部门", Role.DEPARTMENT_USER, "130200", null, Department.ECOLOGY, "Pass-Word-1"),
                "cityScope");
        assertRefused(
                new NewUser(uniqueName("c"), "县", Role.COUNTY_USER, CITY, null, null, "Pass-Word-1"), "countyScope");
        assertRefused(
                new NewUser(uniqueName("c"), "县", Role.COUNTY_USER, "130202", null, null, "Pass-Word-1"),
                "countyScope");
        assertRefused(
                new NewUser(uniqueName("c"), "县", Role.COUNTY_USER, "1301", null, null, "Pass-Word-1"), "countyScope");
        assertRefused(
                new NewUser(uniqueName("e"), "企", Role.ENTERPRISE_USER, COUNTY, null, null, "Pass-Word-1"),
                "enterprise");
        assertRefused(
                new NewUser(uniqueName("c"), "县", Role.COUNTY_USER, COUNTY, "91130100MA0A1B2C3D", null, "Pass-Word-1"),
                "enterpriseOnly");
        assertRefused(new NewUser(uniqueName("c"), "县", Role.COUNTY_USER, COUNTY, null, null, "short"), "password");
        assertRefused(new NewUser("a b", "县", Role.COUNTY_USER, COUNTY, null, null, "Pass-Word-1"), "username");
        assertRefused(
                new NewUser(uniqueName("c"), " ", Role.COUNTY_USER, COUNTY, null, null, "Pass-Word-1"), "displayName");
        assertRefused(
                new NewUser(AdminBootstrap.ADMIN, "重名", Role.LEADER, CITY, null, null, "Pass-Word-1"), "duplicate");
        assertThat(new NewUser("n", "d", Role.LEADER, CITY, null, null, "Secret-1").toString())
                .doesNotContain("Secret-1");
    }

    @org.springframework.beans.factory.annotation.Autowired
    LoginAttempts attempts;

    /**
     * Guessing from one address locks the account for that address only: the user logs in from elsewhere; the next
     * lock of the same address lasts twice as long, and a success from it starts its count again.
     */
    @Test
    void failuresLockTheAccountOnlyForTheAddressTheyCameFrom() {
        String name = uniqueName("guess");
        countyUser(name, "County-Pass-1");
        String attacker = "192.0.2.1";
        String user = "198.51.100.7";
        for (int i = 1; i < LoginAttempts.MAX_FAILURES; i++) {
            assertThat(attempts.failed(name, attacker)).isFalse();
        }
        assertThat(attempts.failed(name, attacker)).isTrue();
        assertThat(attempts.lockedFor(name, attacker)).isTrue();
        assertThat(attempts.lockedFor(name, user)).isFalse();
        assertThat(jdbc.sql("SELECT after_json FROM audit_log WHERE action = 'user.lock' AND entity_key = :u")
                        .param("u", name)
                        .query(String.class)
                        .single())
                .contains(attacker);

        // after 15 minutes the address may try again; five more failures lock it for 30
        clock.advance(LoginAttempts.LOCK_DURATION.plusSeconds(1));
        assertThat(attempts.lockedFor(name, attacker)).isFalse();
        for (int i = 1; i <= LoginAttempts.MAX_FAILURES; i++) {
            attempts.failed(name, attacker);
        }
        clock.advance(LoginAttempts.LOCK_DURATION.plusSeconds(1));
        assertThat(attempts.lockedFor(name, attacker)).isTrue();
        clock.advance(LoginAttempts.LOCK_DURATION);
        assertThat(attempts.lockedFor(name, attacker)).isFalse();

        // a success from the user's address leaves the attacker's count alone and resets its own
        attempts.failed(name, user);
        attempts.succeeded(name, user);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM login_failure WHERE username = :u AND address = :a")
                        .param("u", name)
                        .param("a", user)
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(jdbc.sql("SELECT locks FROM login_failure WHERE username = :u AND address = :a")
                        .param("u", name)
                        .param("a", attacker)
                        .query(Integer.class)
                        .single())
                .isEqualTo(2);
    }

    /**
     * Passwords: at least 10 characters, not the user name, and strong by zxcvbn, whose feedback the refusal carries in
     * Chinese; a long password of common words and a year passes.
     */
    @Test
    void weakPasswordsAreRefusedWithAdvice() {
        loginAsAdmin();
        assertRefused(new NewUser(uniqueName("p"), "县", Role.COUNTY_USER, COUNTY, null, null, "Abc-12345"), "password");
        String name = uniqueName("samename");
        assertRefused(new NewUser(name, "县", Role.COUNTY_USER, COUNTY, null, null, name.toUpperCase()), "passwordName");
        // ten characters, but one of the most common passwords there are
        assertThatThrownBy(() -> accounts.createUser(
                        new NewUser(uniqueName("p"), "县", Role.COUNTY_USER, COUNTY, null, null, "password12")))
                .isInstanceOf(AccountException.class)
                .satisfies(e -> {
                    AccountException refused = (AccountException) e;
                    assertThat(refused.messageKey()).isEqualTo("account.error.weakPassword");
                    assertThat(refused.getMessage()).startsWith("密码强度不足：").contains("非常常见的密码");
                });
        // the same rule on a reset
        String existing = uniqueName("reset");
        accounts.createUser(new NewUser(existing, "县", Role.COUNTY_USER, COUNTY, null, null, "Harbor-Lantern-77"));
        assertThatThrownBy(() -> accounts.resetPassword(existing, "qwertyuiop"))
                .isInstanceOf(AccountException.class)
                .satisfies(
                        e -> assertThat(((AccountException) e).messageKey()).isEqualTo("account.error.weakPassword"));
        assertThat(canLogIn(existing, "Harbor-Lantern-77")).isTrue();
    }

    private void assertRefused(NewUser user, String rule) {
        assertThatThrownBy(() -> accounts.createUser(user))
                .isInstanceOf(AccountException.class)
                .satisfies(e -> assertThat(((AccountException) e).messageKey()).isEqualTo("account.error." + rule));
    }

    @Test
    void ensureUserIsIdempotent() {
        String name = uniqueName("demo");

        accounts.ensureUser(name, "演示县用户", Role.COUNTY_USER, COUNTY, null, null, "Demo-Pass-1");
        accounts.ensureUser(name, "演示县用户", Role.COUNTY_USER, COUNTY, null, null, "Demo-Pass-1");
        accounts.ensureUser(name, "演示县用户", Role.COUNTY_USER, COUNTY, null, null, null);

        assertThat(auditRows("user.create", name)).isEqualTo(1);
        assertThat(auditRows("user.update", name)).isZero();
        assertThat(auditRows("user.password.set", name)).isZero();

        UserAccount changed = accounts.ensureUser(name, "演示市级业务", Role.CITY_ANALYST, CITY, null, null, "Demo-Pass-2");
        assertThat(changed.role()).isEqualTo(Role.CITY_ANALYST);
        assertThat(changed.regionCode()).isEqualTo(CITY);
        assertThat(auditRows("user.update", name)).isEqualTo(1);
        assertThat(auditRows("user.password.set", name)).isEqualTo(1);
        assertThat(canLogIn(name, "Demo-Pass-2")).isTrue();
        assertThat(canLogIn(name, "Demo-Pass-1")).isFalse();
        assertThatThrownBy(() -> accounts.ensureUser(uniqueName("none"), "无密码", Role.LEADER, CITY, null, null, null))
                .isInstanceOf(AccountException.class);
    }

    @Test
    void missingDemoAccountsAreCreatedWithTheirPasswordAndExistingOnesLeftAlone() {
        String kept = uniqueName("kept");
        accounts.ensureUser(kept, "县", Role.COUNTY_USER, COUNTY, null, null, "Harbor-Lantern-77");
        String first = uniqueName("first");
        String second = uniqueName("second");

        accounts.createMissingWithSharedPasswords(java.util.List.of(
                new NewUser(kept, "县", Role.COUNTY_USER, COUNTY, null, null, "Demo-Pass-1"),
                new NewUser(first, "市级业务", Role.CITY_ANALYST, CITY, null, null, "Demo-Pass-1"),
                new NewUser(second, "县", Role.COUNTY_USER, COUNTY, null, null, "Demo-Pass-1")));

        assertThat(canLogIn(first, "Demo-Pass-1")).isTrue();
        assertThat(canLogIn(second, "Demo-Pass-1")).isTrue();
        assertThat(canLogIn(second, "Demo-Pass-2")).isFalse();
        assertThat(canLogIn(kept, "Harbor-Lantern-77")).isTrue();
        assertThat(canLogIn(kept, "Demo-Pass-1")).isFalse();
        assertThat(auditRows("user.create", first)).isEqualTo(1);
        // the password rule holds here too
        assertThatThrownBy(() -> accounts.createMissingWithSharedPasswords(java.util.List.of(
                        new NewUser(uniqueName("weak"), "县", Role.COUNTY_USER, COUNTY, null, null, "qwertyuiop"))))
                .isInstanceOf(AccountException.class);
    }

    @Test
    void usersChangeTheirOwnPassword() {
        String name = uniqueName("own");
        UserAccount user = countyUser(name, "County-Pass-1");
        loginAs(user.scope());

        assertThatThrownBy(() -> accounts.changePassword("wrong-password", "County-Pass-2"))
                .isInstanceOf(AccountException.class);
        accounts.changePassword("County-Pass-1", "County-Pass-2");

        assertThat(canLogIn(name, "County-Pass-2")).isTrue();
        assertThat(auditRows("user.password.change", name)).isEqualTo(1);
    }

    @Test
    void adminPasswordFollowsAdminPasswordOnEveryStart() {
        AdminBootstrap withOther =
                new AdminBootstrap(accounts, new MockEnvironment().withProperty("ADMIN_PASSWORD", "Other-Admin-9"));
        AdminBootstrap withUsual =
                new AdminBootstrap(accounts, new MockEnvironment().withProperty("ADMIN_PASSWORD", ADMIN_PASSWORD));
        try {
            withOther.run(null);
            assertThat(canLogIn(AdminBootstrap.ADMIN, "Other-Admin-9")).isTrue();
            new AdminBootstrap(accounts, new MockEnvironment().withProperty("spring.profiles.active", "postgres"))
                    .run(null);
            assertThat(canLogIn(AdminBootstrap.ADMIN, "Other-Admin-9")).isTrue();
        } finally {
            withUsual.run(null);
        }
        assertThat(canLogIn(AdminBootstrap.ADMIN, ADMIN_PASSWORD)).isTrue();
        loginAsAdmin();
        assertThat(accounts.listUsers())
                .filteredOn(u -> u.username().equals(AdminBootstrap.ADMIN))
                .singleElement()
                .satisfies(admin -> {
                    assertThat(admin.role()).isEqualTo(Role.CITY_ADMIN);
                    assertThat(admin.regionCode()).isEqualTo(CITY);
                });
    }

    @Test
    void auditSearchFiltersAndPages() {
        String prefix = uniqueName("page");
        for (int i = 0; i < 5; i++) {
            countyUser(prefix + "-" + i, "County-Pass-1");
        }
        loginAsAdmin();
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));

        ListPage<AuditEntry> first = audit.search(new AuditQuery("system", "user", today.minusDays(1), today, 1, 2));
        assertThat(first.items()).hasSize(2);
        assertThat(first.total()).isGreaterThanOrEqualTo(5);
        assertThat(first.hasNext()).isTrue();
        assertThat(first.items().get(0).occurredAt())
                .isAfterOrEqualTo(first.items().get(1).occurredAt());
        assertThat(first.items().get(0).id()).isGreaterThan(first.items().get(1).id());
        ListPage<AuditEntry> second = audit.search(new AuditQuery("system", "user", today.minusDays(1), today, 2, 2));
        assertThat(second.items()).hasSize(2).doesNotContainAnyElementsOf(first.items());

        // two days ahead: a run that crosses midnight in Beijing writes entries dated "tomorrow" of its start
        assertThat(audit.search(new AuditQuery(null, null, today.plusDays(2), null, 1, 10))
                        .total())
                .isZero();
        // before any entry of this database (a bound of "yesterday" failed when the run crossed midnight in Beijing)
        assertThat(audit.search(new AuditQuery(null, null, null, LocalDate.of(2000, 1, 1), 1, 10))
                        .total())
                .isZero();
        assertThat(audit.search(new AuditQuery("nobody", null, null, null, 1, 10))
                        .items())
                .isEmpty();
        assertThat(audit.entityTypes()).contains("user");
    }
}
