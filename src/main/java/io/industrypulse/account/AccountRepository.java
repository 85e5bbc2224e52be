package io.industrypulse.account;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL of table {@code app_user}. */
@Repository
class AccountRepository {

    private static final String COLUMNS =
            "username, display_name, role, region_code, enterprise_code, enabled, failed_logins, locked_until";

    private final JdbcClient jdbc;

    AccountRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<UserAccount> find(String username) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM app_user WHERE username = :u")
                .param("u", username)
                .query(AccountRepository::map)
                .optional();
    }

    Optional<String> passwordHash(String username) {
        return jdbc.sql("SELECT password_hash FROM app_user WHERE username = :u")
                .param("u", username)
                .query(String.class)
                .optional();
    }

    List<UserAccount> all() {
        return jdbc.sql("SELECT " + COLUMNS + " FROM app_user ORDER BY role, region_code, username")
                .query(AccountRepository::map)
                .list();
    }

    void insert(UserAccount user, String passwordHash, Instant now) {
        jdbc.sql("""
                        INSERT INTO app_user (username, display_name, password_hash, role, region_code, enterprise_code,
                                              enabled, failed_logins, created_at)
                        VALUES (:u, :name, :hash, :role, :region, :enterprise, :enabled, 0, :now)""")
                .param("u", user.username())
                .param("name", user.displayName())
                .param("hash", passwordHash)
                .param("role", user.role().name())
                .param("region", user.regionCode())
                .param("enterprise", user.enterpriseCode())
                .param("enabled", user.enabled())
                .param("now", utc(now))
                .update();
    }

    void updatePassword(String username, String passwordHash) {
        jdbc.sql("UPDATE app_user SET password_hash = :hash WHERE username = :u")
                .param("hash", passwordHash)
                .param("u", username)
                .update();
    }

    void updateLoginState(String username, int failedLogins, Instant lockedUntil) {
        jdbc.sql("UPDATE app_user SET failed_logins = :f, locked_until = :until WHERE username = :u")
                .param("f", failedLogins)
                .param("until", lockedUntil == null ? null : utc(lockedUntil))
                .param("u", username)
                .update();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static UserAccount map(ResultSet rs, int row) throws SQLException {
        Timestamp locked = rs.getTimestamp("locked_until");
        return new UserAccount(
                rs.getString("username"),
                rs.getString("display_name"),
                Role.valueOf(rs.getString("role")),
                rs.getString("region_code"),
                rs.getString("enterprise_code"),
                rs.getBoolean("enabled"),
                rs.getInt("failed_logins"),
                locked == null ? null : locked.toInstant());
    }
}
