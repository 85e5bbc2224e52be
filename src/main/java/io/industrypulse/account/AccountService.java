package io.industrypulse.account;

import io.industrypulse.account.AccountRepository.UserRow;
import io.industrypulse.i18n.Messages;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Users and their role and region scope (DESIGN.md section 1). Every write is recorded in the {@link AuditLog}; no
 * password or password hash ever appears there.
 *
 * <p>Scope rules: {@link Role#CITY_ADMIN}, {@link Role#CITY_ANALYST}, {@link Role#LEADER} and {@link
 * Role#DEPARTMENT_USER} are scoped to the city ({@code industrypulse.city-code}); {@link Role#COUNTY_USER} and {@link
 * Role#ENTERPRISE_USER} to one county of the city (a 6-digit code with the city's first four digits), and an
 * enterprise user also names its enterprise's 18-character credit code. When a {@link RegionCheck} bean exists, the
 * county must also pass it.
 */
@Service
public class AccountService {

    static final int MIN_PASSWORD_LENGTH = PasswordPolicy.MIN_LENGTH;
    /** BCrypt uses only the first 72 bytes; Spring Security refuses longer passwords. */
    static final int MAX_PASSWORD_BYTES = 72;

    private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9_.-]{3,64}");
    private static final Pattern REGION_CODE = Pattern.compile("\\d{6}");
    private static final Pattern CREDIT_CODE = Pattern.compile("[0-9A-HJ-NPQRTUWXY]{18}");
    /** A plain address: one {@code @}, a dot in the domain, no spaces (RFC 5321 allows at most 254 characters). */
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s.]+");

    private final AccountRepository users;
    private final AuditLog audit;
    private final CurrentUser currentUser;
    private final PasswordEncoder passwordEncoder;
    private final ObjectProvider<RegionCheck> regionChecks;
    private final LoginAttempts attempts;
    private final DepartmentRepository departments;
    private final Clock clock;
    private final String cityCode;

    AccountService(
            AccountRepository users,
            AuditLog audit,
            CurrentUser currentUser,
            PasswordEncoder passwordEncoder,
            ObjectProvider<RegionCheck> regionChecks,
            LoginAttempts attempts,
            DepartmentRepository departments,
            Clock clock,
            @Value("${industrypulse.city-code:130100}") String cityCode) {
        this.attempts = attempts;
        this.departments = departments;
        this.users = users;
        this.audit = audit;
        this.currentUser = currentUser;
        this.passwordEncoder = passwordEncoder;
        this.regionChecks = regionChecks;
        this.clock = clock;
        this.cityCode = cityCode;
    }

    /** The GB/T 2260 code of the city this installation serves ({@code industrypulse.city-code}). */
    public String cityCode() {
        return cityCode;
    }

    /**
     * Creates a user. Only a {@link Role#CITY_ADMIN} may.
     *
     * @throws AccountException when the name is taken, the scope does not fit the role or the password is too short
     * @throws AccessDeniedException when the current user is not an administrator
     */
    @Transactional
    public UserAccount createUser(NewUser user) {
        requireAdmin();
        Objects.requireNonNull(user, "user");
        if (users.exists(user.username())) {
            throw new AccountException("account.error.duplicate", user.username());
        }
        return insert(user);
    }

    /**
     * Creates those of the given users that do not exist yet, for startup code that makes many accounts with one
     * public password (the demo city's): each distinct password is hashed once and the hash shared, which saves a BCrypt
     * round per account on a fresh start (about a second and a half for the demo's seventeen). Existing users are left
     * as they are. Never for accounts whose passwords are private: a shared hash tells that they are the same.
     */
    @Transactional
    public void createMissingWithSharedPasswords(List<NewUser> newUsers) {
        Map<String, String> hashes = new HashMap<>();
        for (NewUser user : newUsers) {
            if (!exists(user.username())) {
                insert(user, hashes.computeIfAbsent(user.rawPassword(), passwordEncoder::encode));
            }
        }
    }

    /**
     * Makes sure a user exists with exactly this profile, for startup code (the administrator bootstrap, the demo
     * loader); it does not check who is calling, so never call it from a request handler. Creates the user when
     * missing; otherwise brings display name, role and scope to the given values, and sets the password when {@code
     * rawPassword} is given and differs. Calling it again with the same arguments changes nothing and audits nothing.
     *
     * @param rawPassword the password to set, or {@code null} to keep an existing user's password
     * @throws AccountException when the scope does not fit the role, the password is too short, or a missing user is
     *     to be created without a password
     */
    @Transactional
    public UserAccount ensureUser(
            String username,
            String displayName,
            Role role,
            String regionCode,
            @Nullable String enterpriseCode,
            @Nullable Department department,
            @Nullable String rawPassword) {
        UserRow existing = users.findForUpdate(username).orElse(null);
        if (existing == null) {
            if (rawPassword == null) {
                throw new AccountException("account.error.password", MIN_PASSWORD_LENGTH);
            }
            return insert(
                    new NewUser(username, displayName, role, regionCode, enterpriseCode, department, rawPassword));
        }
        String enterprise = blankToNull(enterpriseCode);
        validateProfile(username, displayName, role, regionCode, enterprise, department);
        UserAccount before = existing.account();
        if (!before.displayName().equals(displayName)
                || before.role() != role
                || !before.regionCode().equals(regionCode)
                || !Objects.equals(before.enterpriseCreditCode(), enterprise)
                || !Objects.equals(before.department(), department)) {
            users.updateProfile(username, displayName, role, regionCode, enterprise, department);
            audit.record("user.update", "user", username, before, reload(username));
        }
        if (rawPassword != null && !passwordEncoder.matches(rawPassword, existing.passwordHash())) {
            PasswordPolicy.check(rawPassword, username);
            users.updatePassword(username, passwordEncoder.encode(rawPassword));
            audit.record("user.password.set", "user", username, null, passwordChanged());
        }
        return reload(username);
    }

    /**
     * Changes the current user's own password.
     *
     * @throws AccountException when the current password is wrong or the new one too short
     */
    @Transactional
    public void changePassword(String currentPassword, String newPassword) {
        String username = currentUser.scope().username();
        UserRow row = users.findForUpdate(username).orElseThrow(() -> unknown(username));
        if (!passwordEncoder.matches(currentPassword, row.passwordHash())) {
            throw new AccountException("account.error.currentPassword");
        }
        PasswordPolicy.check(newPassword, username);
        users.updatePassword(username, passwordEncoder.encode(newPassword));
        audit.record("user.password.change", "user", username, null, passwordChanged());
    }

    /**
     * Sets or clears the address a user's inbox messages are also mailed to. Only a {@link Role#CITY_ADMIN} may.
     *
     * @throws AccountException when the user does not exist or the address is not one
     */
    @Transactional
    public UserAccount setEmail(String username, @Nullable String email) {
        requireAdmin();
        UserAccount before = users.findForUpdate(username)
                .orElseThrow(() -> unknown(username))
                .account();
        String address = checkedEmail(email);
        if (Objects.equals(before.email(), address)) {
            return before;
        }
        users.updateEmail(username, address);
        UserAccount after = reload(username);
        audit.record(
                "user.email",
                "user",
                username,
                Map.of("email", String.valueOf(before.email())),
                Map.of("email", String.valueOf(address)));
        return after;
    }

    /**
     * The addresses of those of the given users who are enabled and have one: where a notification is mailed. No
     * administrator needed.
     */
    @Transactional(readOnly = true)
    public Map<String, String> emails(java.util.Collection<String> usernames) {
        Map<String, String> out = new java.util.LinkedHashMap<>();
        for (UserAccount u : users.findAll()) {
            if (u.enabled() && u.email() != null && usernames.contains(u.username())) {
                out.put(u.username(), u.email());
            }
        }
        return out;
    }

    /** Sets another user's password (the user forgot it). Only a {@link Role#CITY_ADMIN} may. */
    @Transactional
    public void resetPassword(String username, String newPassword) {
        requireAdmin();
        users.findForUpdate(username).orElseThrow(() -> unknown(username));
        PasswordPolicy.check(newPassword, username);
        users.updatePassword(username, passwordEncoder.encode(newPassword));
        audit.record("user.password.reset", "user", username, null, passwordChanged());
    }

    /** Lifts a lock after too many failed logins before its 15 minutes are over. Only a {@link Role#CITY_ADMIN} may. */
    @Transactional
    public UserAccount unlock(String username) {
        requireAdmin();
        UserAccount before = users.findForUpdate(username)
                .orElseThrow(() -> unknown(username))
                .account();
        // every address's count and lock go, also those the account's columns no longer show
        attempts.clear(username);
        if (before.failedLogins() == 0 && before.lockedUntil() == null) {
            return before;
        }
        users.updateLock(username, 0, null);
        UserAccount after = reload(username);
        audit.record("user.unlock", "user", username, LoginAttempts.lockState(before), LoginAttempts.lockState(after));
        return after;
    }

    /**
     * Disables a user (staff who left, an account misused) or enables them again; only a {@link Role#CITY_ADMIN}, and
     * not on their own account. A disabled user cannot sign in, and their sessions and API tokens stop working with
     * their next request (the signed-in user is read as the account is now, see {@link SessionSignIn}).
     */
    @Transactional
    public UserAccount setEnabled(String username, boolean enabled) {
        requireAdmin();
        UserAccount before = users.findForUpdate(username)
                .orElseThrow(() -> unknown(username))
                .account();
        if (!enabled && username.equals(currentUser.scope().username())) {
            throw new AccountException("account.error.disableSelf");
        }
        if (before.enabled() == enabled) {
            return before;
        }
        users.updateEnabled(username, enabled);
        audit.record(
                enabled ? "user.enable" : "user.disable",
                "user",
                username,
                Map.of("enabled", before.enabled()),
                Map.of("enabled", enabled));
        return reload(username);
    }

    /** All users, by name. Only a {@link Role#CITY_ADMIN} may list them. */
    @Transactional(readOnly = true)
    public List<UserAccount> listUsers() {
        requireAdmin();
        return users.findAll();
    }

    /**
     * The enabled users of a role, narrowed to a region, an enterprise or a department where given: whom a ticket's
     * notification goes to. Names only; no administrator needed.
     */
    @Transactional(readOnly = true)
    public List<String> usernames(
            Role role,
            @Nullable String regionCode,
            @Nullable String enterpriseCreditCode,
            @Nullable Department department) {
        return users.findAll().stream()
                .filter(UserAccount::enabled)
                .filter(u -> u.role() == role)
                .filter(u -> regionCode == null || regionCode.equals(u.regionCode()))
                .filter(u -> enterpriseCreditCode == null || enterpriseCreditCode.equals(u.enterpriseCreditCode()))
                .filter(u -> department == null || department.equals(u.department()))
                .map(UserAccount::username)
                .toList();
    }

    /** Whether a user of that name exists (for loaders that create accounts once). */
    public boolean exists(String username) {
        return users.exists(username);
    }

    private UserAccount insert(NewUser user) {
        return insert(user, null);
    }

    /** Inserts a user after the checks of profile and password, with the given hash or a new one. */
    private UserAccount insert(NewUser user, @Nullable String passwordHash) {
        String enterprise = blankToNull(user.enterpriseCreditCode());
        validateProfile(
                user.username(), user.displayName(), user.role(), user.regionCode(), enterprise, user.department());
        PasswordPolicy.check(user.rawPassword(), user.username());
        String email = checkedEmail(user.email());
        UserAccount account = new UserAccount(
                user.username(),
                user.displayName().strip(),
                user.role(),
                user.regionCode(),
                enterprise,
                user.department(),
                email,
                true,
                0,
                null,
                clock.instant());
        users.insert(account, passwordHash != null ? passwordHash : passwordEncoder.encode(user.rawPassword()));
        UserAccount created = reload(user.username());
        audit.record("user.create", "user", user.username(), null, created);
        return created;
    }

    private void validateProfile(
            String username,
            String displayName,
            Role role,
            String regionCode,
            @Nullable String enterprise,
            @Nullable Department department) {
        if (username == null || !USERNAME.matcher(username).matches()) {
            throw new AccountException("account.error.username");
        }
        if (displayName == null || displayName.isBlank() || displayName.length() > 100) {
            throw new AccountException("account.error.displayName");
        }
        if (role == null) {
            throw new AccountException("account.error.role");
        }
        if (role.scopedToCity()) {
            if (!cityCode.equals(regionCode)) {
                throw new AccountException("account.error.cityScope", cityCode);
            }
        } else if (!isCountyOfCity(regionCode)) {
            throw new AccountException("account.error.countyScope", regionCode);
        }
        if (role == Role.ENTERPRISE_USER) {
            if (enterprise == null || !CREDIT_CODE.matcher(enterprise).matches()) {
                throw new AccountException("account.error.enterprise");
            }
        } else if (enterprise != null) {
            throw new AccountException("account.error.enterpriseOnly");
        }
        if (role == Role.DEPARTMENT_USER) {
            if (department == null) {
                throw new AccountException("account.error.department");
            }
            if (departments.find(department).filter(DepartmentEntry::active).isEmpty()) {
                throw new AccountException("account.error.departmentUnknown", department.code());
            }
        } else if (department != null) {
            throw new AccountException("account.error.departmentOnly");
        }
    }

    private static @Nullable String checkedEmail(@Nullable String email) {
        String address = blankToNull(email);
        if (address != null
                && (address.length() > 254 || !EMAIL.matcher(address).matches())) {
            throw new AccountException("account.error.email", address);
        }
        return address;
    }

    /** A county-level code (not ending in 00) under this city, known to every {@link RegionCheck}. */
    private boolean isCountyOfCity(@Nullable String regionCode) {
        return regionCode != null
                && REGION_CODE.matcher(regionCode).matches()
                && regionCode.startsWith(cityCode.substring(0, 4))
                && !regionCode.endsWith("00")
                && regionChecks.orderedStream().allMatch(check -> check.test(regionCode));
    }

    private void requireAdmin() {
        if (currentUser.scope().role() != Role.CITY_ADMIN) {
            throw new AccessDeniedException(Messages.get("account.error.manageDenied"));
        }
    }

    private UserAccount reload(String username) {
        return users.find(username).orElseThrow(() -> unknown(username)).account();
    }

    private Map<String, Object> passwordChanged() {
        return Map.of("passwordChangedAt", clock.instant());
    }

    private static AccountException unknown(String username) {
        return new AccountException(AccountException.UNKNOWN_USER, username);
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
