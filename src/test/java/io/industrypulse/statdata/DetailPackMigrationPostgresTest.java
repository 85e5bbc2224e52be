package io.industrypulse.statdata;

import io.industrypulse.support.PostgresDatabase;
import io.industrypulse.support.PostgresTest;
import javax.sql.DataSource;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

@PostgresTest
class DetailPackMigrationPostgresTest extends DetailPackMigrationTests {

    @Override
    DataSource freshDatabase() {
        return new SimpleDriverDataSource(
                new org.postgresql.Driver(),
                PostgresDatabase.newDatabaseUrl(),
                PostgresDatabase.user(),
                PostgresDatabase.password());
    }
}
