package io.industrypulse.account;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.boot.jdbc.test.autoconfigure.JdbcTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The shared data version tells another instance's change from this instance's own: the poll that reads a version
 * this instance just committed, before the commit's own callback ran, is not a change elsewhere (it made every write
 * compute the growth snapshot and the warnings twice, issue 18); a version committed by someone else still is.
 * Runs on H2 ({@link DataVersionH2Test}) and PostgreSQL ({@link DataVersionPostgresTest}).
 */
@JdbcTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@Import(DataVersion.class)
@RecordApplicationEvents
@Transactional(propagation = Propagation.NOT_SUPPORTED)
abstract class DataVersionTests {

    @Autowired
    DataVersion version;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    ApplicationEvents events;

    /** Starts from a version this instance has seen, with no event recorded. */
    @BeforeEach
    void seeTheCurrentVersion() {
        version.poll();
        events.clear();
    }

    /** A write of this instance, with the poll running after its commit and before the version's own callback. */
    private void writeWithThePollInBetween() {
        transaction.executeWithoutResult(status -> {
            // registered first, so it runs first after the commit: where the scheduled poll can land
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    version.poll();
                }
            });
            version.moveOnCommit();
        });
    }

    /** A write of another instance: the shared row moved by a transaction that is not this instance's. */
    private void writeElsewhere() {
        jdbc.sql("UPDATE data_version SET version = version + 1 WHERE id = 1").update();
    }

    private long changesElsewhere() {
        return events.stream(DataChangedElsewhere.class).count();
    }

    @Test
    void aVersionThisInstanceCommittedIsNotAChangeElsewhereWhenThePollReadsItFirst() {
        long local = version.current();

        writeWithThePollInBetween();
        writeWithThePollInBetween();
        version.poll();

        assertThat(changesElsewhere()).isZero();
        // its own caches still learn of the change, through the local counter
        assertThat(version.current()).isGreaterThan(local);
    }

    @Test
    void aVersionAnotherInstanceCommittedIsAChangeElsewhereOnce() {
        writeElsewhere();

        version.poll();
        version.poll();

        assertThat(changesElsewhere()).isOne();
    }

    @Test
    void anotherInstancesVersionBeforeOneOfThisInstanceIsStillAChangeElsewhere() {
        writeElsewhere();
        // this instance's commit follows before the poll: its callback cannot close the gap
        transaction.executeWithoutResult(status -> version.moveOnCommit());

        version.poll();

        assertThat(changesElsewhere()).isOne();
    }
}
