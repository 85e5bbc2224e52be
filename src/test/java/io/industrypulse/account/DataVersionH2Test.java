package io.industrypulse.account;

import org.springframework.test.context.TestPropertySource;

@TestPropertySource(
        properties =
                "spring.datasource.url=jdbc:h2:mem:dataversion;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH")
class DataVersionH2Test extends DataVersionTests {}
