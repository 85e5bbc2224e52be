package io.industrypulse.ingest;

import org.springframework.test.context.TestPropertySource;

@TestPropertySource(
        properties =
                "spring.datasource.url=jdbc:h2:mem:monthlyimport;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH")
class MonthlyImportH2Test extends MonthlyImportTest {

    @Override
    int maxRows() {
        return 500_000;
    }
}
