package io.industrypulse.statdata;

import org.springframework.test.context.TestPropertySource;

@TestPropertySource(
        properties =
                "spring.datasource.url=jdbc:h2:mem:statdata;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH")
class StatDataServiceH2Test extends StatDataServiceTests {}
