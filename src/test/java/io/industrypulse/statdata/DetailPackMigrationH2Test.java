package io.industrypulse.statdata;

import javax.sql.DataSource;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

class DetailPackMigrationH2Test extends DetailPackMigrationTests {

    @Override
    DataSource freshDatabase() {
        return new SimpleDriverDataSource(
                new org.h2.Driver(),
                "jdbc:h2:mem:detail-pack-" + System.nanoTime()
                        + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
                "sa",
                "");
    }
}
