package io.industrypulse.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Personal API tokens (table {@code api_token}, V94): a user makes them on the account page for programs that call
 * {@code /api/**} as {@code Authorization: Bearer <token>}. A token acts in its user's role and scope, or read-only;
 * it is shown once and kept as its SHA-256 only: 256 random bits need no slow hash, so checking one costs a primary-key
 * read rather than BCrypt's tens of milliseconds, the reason HTTP Basic manages about 19 requests a second.
 */
@Service
public class ApiTokens {

    /** How a token starts, so that secret scanners and people recognise it. */
    static final String PREFIX = "ipt_";

    static final int MAX_PER_USER = 20;

    /** The last use is written at most this often per token, so a busy program does not write on every request. */
    private static final Duration USE_GRANULARITY = Duration.ofMinutes(1);

    private static final SecureRandom RANDOM = new SecureRandom();

    /** A token as its owner sees it in the list (never the token itself). */
    public record ApiToken(
            long id,
            String name,
            String prefix,
            boolean readOnly,
            Instant createdAt,
            @Nullable Instant lastUsedAt,
            @Nullable Instant revokedAt) {

        public boolean active() {
            return revokedAt == null;
        }

        public java.time.LocalDateTime createdShown() {
            return java.time.LocalDateTime.ofInstant(createdAt, ShownTime.ZONE);
        }

        public java.time.@Nullable LocalDateTime lastUsedShown() {
            return lastUsedAt == null ? null : java.time.LocalDateTime.ofInstant(lastUsedAt, ShownTime.ZONE);
        }

        public java.time.@Nullable LocalDateTime revokedShown() {
            return revokedAt == null ? null : java.time.LocalDateTime.ofInstant(revokedAt, ShownTime.ZONE);
        }
    }

    /** A token just made: {@code token} is shown to the user this once. */
    public record NewToken(String token, ApiToken saved) {}

    /** Whom a presented token acts for. */
    record Bearer(
            long id,
            String username,
            boolean readOnly,
            @Nullable Instant lastUsedAt) {}

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final Clock clock;

    ApiTokens(JdbcClient jdbc, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Makes a token for the user.
     *
     * @throws FieldInputException naming the field {@code name}: blank, too long, or the user has too many tokens
     */
    @Transactional
    public NewToken create(UserScope owner, @Nullable String name, boolean readOnly) {
        FieldInputException.Problems problems = new FieldInputException.Problems("account.token.field.");
        String label = problems.text("name", name, 60, true);
        if (label != null && active(owner.username()) >= MAX_PER_USER) {
            problems.add("name", "account.token.error.tooMany", MAX_PER_USER);
        }
        problems.check();
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        String prefix = token.substring(0, 10);
        Instant now = clock.instant();
        var key = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO api_token (username, name, token_hash, token_prefix, read_only, created_at)
                        VALUES (:user, :name, :hash, :prefix, :readOnly, :now)""")
                .param("user", owner.username())
                .param("name", label)
                .param("hash", hash(token))
                .param("prefix", prefix)
                .param("readOnly", readOnly)
                .param("now", java.sql.Timestamp.from(now))
                .update(key, "id");
        ApiToken saved = new ApiToken(key.getKey().longValue(), label, prefix, readOnly, now, null, null);
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("name", label);
        after.put("prefix", prefix);
        after.put("readOnly", readOnly);
        audit.record("token.create", "api_token", String.valueOf(saved.id()), null, after);
        return new NewToken(token, saved);
    }

    /** The user's tokens, newest first, revoked ones included (they show when they were revoked). */
    @Transactional(readOnly = true)
    public List<ApiToken> tokens(UserScope owner) {
        return jdbc.sql("""
                        SELECT id, name, token_prefix, read_only, created_at, last_used_at, revoked_at
                        FROM api_token WHERE username = :user ORDER BY created_at DESC, id DESC""")
                .param("user", owner.username())
                .query((rs, n) -> new ApiToken(
                        rs.getLong("id"),
                        rs.getString("name"),
                        rs.getString("token_prefix"),
                        rs.getBoolean("read_only"),
                        rs.getTimestamp("created_at").toInstant(),
                        instant(rs.getTimestamp("last_used_at")),
                        instant(rs.getTimestamp("revoked_at"))))
                .list();
    }

    /**
     * Revokes one of the user's own tokens: the next request with it is refused.
     *
     * @throws AccountException when the user has no such active token
     */
    @Transactional
    public void revoke(UserScope owner, long id) {
        int revoked = jdbc.sql("""
                        UPDATE api_token SET revoked_at = :now
                        WHERE id = :id AND username = :user AND revoked_at IS NULL""")
                .param("now", java.sql.Timestamp.from(clock.instant()))
                .param("id", id)
                .param("user", owner.username())
                .update();
        if (revoked == 0) {
            throw new AccountException("account.token.error.missing", id);
        }
        audit.record("token.revoke", "api_token", String.valueOf(id), null, Map.of("revoked", true));
    }

    /** The active token presented, if it is one; marks its use (at most once a minute). */
    Optional<Bearer> authenticate(String token) {
        if (!token.startsWith(PREFIX) || token.length() > 100) {
            return Optional.empty();
        }
        Optional<Bearer> bearer = jdbc.sql("""
                        SELECT id, username, read_only, last_used_at FROM api_token
                        WHERE token_hash = :hash AND revoked_at IS NULL""")
                .param("hash", hash(token))
                .query((rs, n) -> new Bearer(
                        rs.getLong("id"),
                        rs.getString("username"),
                        rs.getBoolean("read_only"),
                        instant(rs.getTimestamp("last_used_at"))))
                .optional();
        bearer.ifPresent(this::used);
        return bearer;
    }

    private void used(Bearer bearer) {
        Instant now = clock.instant();
        if (bearer.lastUsedAt() == null
                || bearer.lastUsedAt().plus(USE_GRANULARITY).isBefore(now)) {
            jdbc.sql("UPDATE api_token SET last_used_at = :now WHERE id = :id")
                    .param("now", java.sql.Timestamp.from(now))
                    .param("id", bearer.id())
                    .update();
        }
    }

    private int active(String username) {
        return jdbc.sql("SELECT COUNT(*) FROM api_token WHERE username = :user AND revoked_at IS NULL")
                .param("user", username)
                .query(Integer.class)
                .single();
    }

    static String hash(String token) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private static @Nullable Instant instant(java.sql.@Nullable Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
