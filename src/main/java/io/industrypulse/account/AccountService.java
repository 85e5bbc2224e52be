package io.industrypulse.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Users, their passwords and the login lock: after {@value #MAX_FAILED_LOGINS} failed logins in a row an account is
 * locked for 15 minutes. Every change is audited (never with the password hash).
 */
@Service
public class AccountService {

    static final int MAX_FAILED_LOGINS = 5;
    static final Duration LOCK_DURATION = Duration.ofMinutes(15);
    private static final int MIN_PASSWORD_LENGTH = 8;

    private final AccountRepository repository;
    private final PasswordEncoder passwordEncoder;
    private final AuditLog auditLog;
    private final Clock clock;
    private final String cityCode;

    AccountService(
            AccountRepository repository,
            PasswordEncoder passwordEncoder,
            AuditLog auditLog,
            Clock clock,
            @Value("${industrypulse.city-code:130100}") String cityCode) {
        this.repository = repository;
        this.passwordEncoder = passwordEncoder;
        this.auditLog = auditLog;
        this.clock = clock;
        this.cityCode = cityCode;
    }

    /** The code of the city the platform serves: the scope of every city-wide role. */
    public String cityCode() {
        return cityCode;
    }

    public Optional<UserAccount> find(String username) {
        return repository.find(username);
    }

    public List<UserAccount> listUsers() {
        return repository.all();
    }

    /** Creates a user; only a {@link Role#CITY_ADMIN} may. */
    @Transactional
    public UserAccount createUser(NewUser user, UserScope by) {
        if (by.role() != Role.CITY_ADMIN) {
            throw new AccessDeniedException("只有市级管理员可以创建用户");
        }
        validate(user);
        if (repository.find(user.username()).isPresent()) {
            throw new IllegalArgumentException("用户名：" + user.username() + " 已存在");
        }
        return insert(user);
    }

    /**
     * Makes sure a user exists with this password (bootstrap and demo accounts); creates it or resets its password.
     */
    @Transactional
    public UserAccount ensureUser(NewUser user) {
        validate(user);
        Optional<UserAccount> existing = repository.find(user.username());
        if (existing.isEmpty()) {
            return insert(user);
        }
        repository.updatePassword(user.username(), passwordEncoder.encode(user.password()));
        auditLog.record("user.password", "user", user.username(), null, Map.of("passwordChanged", true));
        return existing.get();
    }

    @Transactional
    public void changePassword(String username, String newPassword, UserScope by) {
        if (by.role() != Role.CITY_ADMIN && !by.username().equals(username)) {
            throw new AccessDeniedException("无权修改他人密码");
        }
        requirePassword(newPassword);
        repository.find(username).orElseThrow(() -> new IllegalArgumentException("用户不存在：" + username));
        repository.updatePassword(username, passwordEncoder.encode(newPassword));
        auditLog.record("user.password", "user", username, null, Map.of("passwordChanged", true));
    }

    @Transactional
    public void unlock(String username, UserScope by) {
        if (by.role() != Role.CITY_ADMIN) {
            throw new AccessDeniedException("只有市级管理员可以解锁账户");
        }
        UserAccount before =
                repository.find(username).orElseThrow(() -> new IllegalArgumentException("用户不存在：" + username));
        repository.updateLoginState(username, 0, null);
        auditLog.record(
                "user.unlock",
                "user",
                username,
                before,
                repository.find(username).orElseThrow());
    }

    /** Counts a failed login; the fifth in a row locks the account. */
    @Transactional
    public void loginFailed(String username) {
        repository.find(username).ifPresent(user -> {
            int failed = user.failedLogins() + 1;
            Instant lockedUntil = failed >= MAX_FAILED_LOGINS ? clock.instant().plus(LOCK_DURATION) : null;
            repository.updateLoginState(username, failed, lockedUntil);
            if (lockedUntil != null) {
                auditLog.record(
                        "user.lock",
                        "user",
                        username,
                        user,
                        repository.find(username).orElseThrow());
            }
        });
    }

    /** A successful login clears the failure count and any expired lock. */
    @Transactional
    public void loginSucceeded(String username) {
        repository.find(username).ifPresent(user -> {
            if (user.failedLogins() > 0 || user.lockedUntil() != null) {
                repository.updateLoginState(username, 0, null);
            }
        });
    }

    boolean lockedNow(UserAccount user) {
        return user.lockedAt(clock.instant());
    }

    private UserAccount insert(NewUser user) {
        UserAccount account = new UserAccount(
                user.username(),
                user.displayName(),
                user.role(),
                user.regionCode(),
                user.enterpriseCode(),
                true,
                0,
                null);
        repository.insert(account, passwordEncoder.encode(user.password()), clock.instant());
        auditLog.record("user.create", "user", user.username(), null, account);
        return account;
    }

    private void validate(NewUser user) {
        if (user.username() == null || !user.username().matches("[A-Za-z0-9_.-]{3,64}")) {
            throw new IllegalArgumentException("用户名：须为3-64位字母、数字、下划线、点或连字符");
        }
        if (user.displayName() == null || user.displayName().isBlank()) {
            throw new IllegalArgumentException("姓名：不能为空");
        }
        if (user.role() == null) {
            throw new IllegalArgumentException("角色：不能为空");
        }
        if (user.regionCode() == null || !user.regionCode().matches("\\d{6}")) {
            throw new IllegalArgumentException("数据范围：须为6位行政区划代码");
        }
        if (user.role().seesWholeCity() && !user.regionCode().equals(cityCode)) {
            throw new IllegalArgumentException("数据范围：市级角色的数据范围须为本市（" + cityCode + "）");
        }
        if (user.role() == Role.COUNTY_USER && user.regionCode().equals(cityCode)) {
            throw new IllegalArgumentException("数据范围：县级用户须指定一个县（市、区）");
        }
        if (user.role() == Role.ENTERPRISE_USER
                && (user.enterpriseCode() == null || user.enterpriseCode().isBlank())) {
            throw new IllegalArgumentException("所属企业：企业用户须指定统一社会信用代码");
        }
        requirePassword(user.password());
    }

    private static void requirePassword(String password) {
        if (password == null || password.length() < MIN_PASSWORD_LENGTH) {
            throw new IllegalArgumentException("密码：至少" + MIN_PASSWORD_LENGTH + "位");
        }
    }
}
