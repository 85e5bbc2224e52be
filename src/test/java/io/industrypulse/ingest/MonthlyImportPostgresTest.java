package io.industrypulse.ingest;

import io.industrypulse.support.PostgresTest;
import org.springframework.test.context.TestPropertySource;

/** Its own context (hence its own database): the imports must not reach other tests' shared demo data. */
@PostgresTest
@TestPropertySource(properties = "industrypulse.ingest.max-rows=500001")
class MonthlyImportPostgresTest extends MonthlyImportTest {

    @Override
    int maxRows() {
        return 500_001;
    }
}
