package io.industrypulse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The same Flyway migrations run unchanged on H2 (PostgreSQL mode) and on PostgreSQL. */
@SpringBootTest
abstract class MigrationsTest {

    @Autowired
    Flyway flyway;

    @Autowired
    JdbcClient jdbc;

    @Test
    void everyMigrationIsApplied() {
        MigrationInfo[] all = flyway.info().all();
        assertThat(all).isNotEmpty();
        assertThat(Arrays.stream(all).map(MigrationInfo::getState)).containsOnly(MigrationState.SUCCESS);
        assertThat(flyway.info().pending()).isEmpty();
    }

    @Test
    void industrialDivisionsAreAllThere() {
        assertThat(jdbc.sql("SELECT COUNT(*) FROM industry_division")
                        .query(Long.class)
                        .single())
                .isEqualTo(41);
    }
}
