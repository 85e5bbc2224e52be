package io.industrypulse.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

/**
 * Which failures answer the 503 page ("the database cannot be reached") and which stay the request's own: an outage
 * must not read as bad input, and bad input must not read as an outage.
 */
class DatabaseDownFilterTest {

    @Test
    void aConnectionThatCannotBeHadIsAnOutage() {
        assertThat(DatabaseDownFilter.unreachable(new CannotCreateTransactionException(
                        "Could not open JDBC Connection",
                        new SQLTransientConnectionException("Connection is not available, request timed out"))))
                .isTrue();
        // SQLSTATE 08006: the server closed the connection under a query
        assertThat(DatabaseDownFilter.unreachable(
                        new RuntimeException(new SQLException("An I/O error occurred", "08006"))))
                .isTrue();
    }

    @Test
    void aRollbackThatFailedOnAClosedConnectionIsAnOutage() {
        TransactionSystemException rollback =
                new TransactionSystemException("Could not roll back", new SQLException("Connection is closed"));
        rollback.initApplicationException(new IllegalStateException("the page's own failure"));
        assertThat(DatabaseDownFilter.unreachable(rollback)).isTrue();
    }

    @Test
    void aCommitTheDatabaseRefusedIsNotAnOutage() {
        // a deferred constraint or a serialization failure at commit: no application exception, a SQLSTATE of 23/40
        assertThat(DatabaseDownFilter.unreachable(
                        new TransactionSystemException("Could not commit", new SQLException("duplicate key", "23505"))))
                .isFalse();
        assertThat(DatabaseDownFilter.unreachable(
                        new DataIntegrityViolationException("duplicate key", new SQLException("duplicate", "23505"))))
                .isFalse();
        assertThat(DatabaseDownFilter.unreachable(new IllegalArgumentException("period: YYYY-MM")))
                .isFalse();
    }
}
