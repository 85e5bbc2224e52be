package io.industrypulse.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Uploads waiting for their user's confirmation (a package that would remove rows when replacing its months): kept
 * in the database (V92) for {@value #KEEP_MINUTES} minutes, for the user who uploaded it only, so that the confirming
 * request may reach any instance, also after a restart.
 */
@Component
class PendingUploads {

    static final long KEEP_MINUTES = 30;

    private final JdbcClient jdbc;
    private final Clock clock;

    PendingUploads(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Keeps a copy of the uploaded file; returns the id that confirms it. */
    @Transactional
    String put(String owner, Path file, String source) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        jdbc.sql("DELETE FROM import_pending WHERE expires_at < :now")
                .param("now", now)
                .update();
        String id = UUID.randomUUID().toString();
        try {
            jdbc.sql("""
                            INSERT INTO import_pending (id, owner, source, content, expires_at)
                            VALUES (:id, :owner, :source, :content, :expires)""")
                    .param("id", id)
                    .param("owner", owner)
                    .param("source", source)
                    .param("content", Files.readAllBytes(file))
                    .param("expires", now.plus(Duration.ofMinutes(KEEP_MINUTES)))
                    .update();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return id;
    }

    /**
     * The upload as a temporary file (the caller deletes it) and its name, taken out of the store; empty for another
     * user or when expired.
     */
    @Transactional
    Optional<Map.Entry<Path, String>> take(String id, String owner) {
        Optional<Map.Entry<byte[], String>> found = jdbc.sql("""
                        SELECT content, source FROM import_pending
                         WHERE id = :id AND owner = :owner AND expires_at >= :now""")
                .param("id", id)
                .param("owner", owner)
                .param("now", OffsetDateTime.now(clock))
                .query((rs, n) -> Map.entry(rs.getBytes("content"), rs.getString("source")))
                .optional();
        if (found.isEmpty()) {
            return Optional.empty();
        }
        jdbc.sql("DELETE FROM import_pending WHERE id = :id").param("id", id).update();
        try {
            Path file = Files.createTempFile("industrypulse-pending", ".upload");
            Files.write(file, found.get().getKey());
            return Optional.of(Map.entry(file, found.get().getValue()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
