package io.industrypulse.ingest;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The error workbooks of rejected imports, kept in the database for the user who imported (V91): any instance serves
 * the download, a restart keeps it, and it expires after {@code industrypulse.import.error-copy-kept} (a day by
 * default; expired copies are deleted as new ones are kept).
 */
@Component
class ErrorReports {

    private final JdbcClient jdbc;
    private final TransactionTemplate ownTransaction;
    private final Clock clock;
    private final Duration kept;

    ErrorReports(
            JdbcClient jdbc,
            PlatformTransactionManager transactions,
            Clock clock,
            @Value("${industrypulse.import.error-copy-kept:P1D}") Duration kept) {
        this.jdbc = jdbc;
        // its own transaction: the import that was refused rolls back, its error copy must stay
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
        this.kept = kept;
    }

    String put(String owner, byte[] content) {
        String id = UUID.randomUUID().toString();
        OffsetDateTime now = OffsetDateTime.now(clock);
        ownTransaction.executeWithoutResult(status -> {
            jdbc.sql("DELETE FROM import_error_copy WHERE expires_at < :now")
                    .param("now", now)
                    .update();
            jdbc.sql(
                            "INSERT INTO import_error_copy (id, owner, content, expires_at) VALUES (:id, :owner, :content, :expires)")
                    .param("id", id)
                    .param("owner", owner)
                    .param("content", content)
                    .param("expires", now.plus(kept))
                    .update();
        });
        return id;
    }

    Optional<byte[]> get(String id, String owner) {
        return jdbc.sql(
                        "SELECT content FROM import_error_copy WHERE id = :id AND owner = :owner AND expires_at >= :now")
                .param("id", id)
                .param("owner", owner)
                .param("now", OffsetDateTime.now(clock))
                .query(byte[].class)
                .optional();
    }
}
