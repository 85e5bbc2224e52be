package io.industrypulse.account;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL of table {@code app_user}. Times are stored in UTC. */
@Repository
class AccountRepository {

    private static final String COLUMNS = """
            username, display_name, password_hash, role, region_code, enterprise_code, department, email,
            enabled, failed_logins, locked_until, created_at""";

    private final JdbcClient jdbc;

    AccountRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A row of {@code app_user}: the account and its password hash, which never leaves this module. */
    record UserRow(UserAccount account, String passwordHash) {}

    Optional<UserRow> find(String username) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM app_user WHERE username = :username")
                .param("username", username)
                .query(AccountRepository::row)
                .optional();
    }

    /** Reads the row and locks it until the transaction ends, so concurrent failed logins count correctly. */
    Optional<UserRow> findForUpdate(String username) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM app_user WHERE username = :username FOR UPDATE")
                .param("username", username)
                .query(AccountRepository::row)
                .optional();
    }

    boolean exists(String username) {
        return jdbc.sql("SELECT COUNT(*) FROM app_user WHERE username = :username")
                        .param("username", username)
                        .query(Long.class)
                        .single()
                > 0;
    }

    List<UserAccount> findAll() {
        return jdbc
                .sql("SELECT " + COLUMNS + " FROM app_user ORDER BY username")
                .query(AccountRepository::row)
                .list()
                .stream()
                .map(UserRow::account)
                .toList();
    }

    void insert(UserAccount account, String passwordHash) {
        jdbc.sql("""
                        INSERT INTO app_user (username, display_name, password_hash, role, region_code,
                                              enterprise_code, department, email, enabled, failed_logins,
                                              created_at)
                        VALUES (:username, :displayName, :hash, :role, :region, :enterprise, :department, :email,
                                :enabled, 0, :createdAt)""")
                .param("username", account.username())
                .param("displayName", account.displayName())
                .param("hash", passwordHash)
                .param("role", account.role().name())
                .param("region", account.regionCode())
                .param("enterprise", account.enterpriseCreditCode())
                .param(
                        "department",
                        account.department() == null
                                ? null
                                : account.department().code())
                .param("email", account.email())
                .param("enabled", account.enabled())
                .param("createdAt", utc(account.createdAt()))
                .update();
    }

    void updateProfile(
            String username,
            String displayName,
            Role role,
            String regionCode,
            @Nullable String enterprise,
            @Nullable Department department) {
        jdbc.sql("""
                        UPDATE app_user SET display_name = :displayName, role = :role, region_code = :region,
                                            enterprise_code = :enterprise, department = :department
                        WHERE username = :username""")
                .param("username", username)
                .param("displayName", displayName)
                .param("role", role.name())
                .param("region", regionCode)
                .param("enterprise", enterprise)
                .param("department", department == null ? null : department.code())
                .update();
    }

    void updateEmail(String username, @Nullable String email) {
        jdbc.sql("UPDATE app_user SET email = :email WHERE username = :username")
                .param("username", username)
                .param("email", email)
                .update();
    }

    void updateEnabled(String username, boolean enabled) {
        jdbc.sql("UPDATE app_user SET enabled = :enabled WHERE username = :username")
                .param("username", username)
                .param("enabled", enabled)
                .update();
    }

    void updatePassword(String username, String passwordHash) {
        jdbc.sql("UPDATE app_user SET password_hash = :hash WHERE username = :username")
                .param("username", username)
                .param("hash", passwordHash)
                .update();
    }

    void updateLock(String username, int failedLogins, @Nullable Instant lockedUntil) {
        jdbc.sql("UPDATE app_user SET failed_logins = :failed, locked_until = :until WHERE username = :username")
                .param("username", username)
                .param("failed", failedLogins)
                .param("until", utc(lockedUntil))
                .update();
    }

    private static UserRow row(ResultSet rs, int rowNum) throws SQLException {
        OffsetDateTime lockedUntil = rs.getObject("locked_until", OffsetDateTime.class);
        UserAccount account = new UserAccount(
                rs.getString("username"),
                rs.getString("display_name"),
                Role.valueOf(rs.getString("role")),
                rs.getString("region_code"),
                rs.getString("enterprise_code"),
                rs.getString("department") == null ? null : Department.valueOf(rs.getString("department")),
                rs.getString("email"),
                rs.getBoolean("enabled"),
                rs.getInt("failed_logins"),
                lockedUntil == null ? null : lockedUntil.toInstant(),
                rs.getObject("created_at", OffsetDateTime.class).toInstant());
        return new UserRow(account, rs.getString("password_hash"));
    }

    private static @Nullable OffsetDateTime utc(@Nullable Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }
}
