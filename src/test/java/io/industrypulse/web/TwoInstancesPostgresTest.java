package io.industrypulse.web;

import io.industrypulse.support.PostgresDatabase;
import io.industrypulse.support.PostgresTest;
import java.util.List;

/**
 * Both instances on one fresh PostgreSQL database. The poll of the shared data version is put off for an hour, so B
 * learns of A's change only through PostgreSQL's NOTIFY (account/DataVersionListener).
 */
@PostgresTest
class TwoInstancesPostgresTest extends TwoInstancesTest {

    @Override
    List<String> database() {
        return List.of(
                "--spring.datasource.url=" + PostgresDatabase.newDatabaseUrl(),
                "--spring.datasource.username=" + PostgresDatabase.user(),
                "--spring.datasource.password=" + PostgresDatabase.password(),
                "--spring.datasource.hikari.maximum-pool-size=5",
                "--industrypulse.data-version.poll=PT1H");
    }
}
