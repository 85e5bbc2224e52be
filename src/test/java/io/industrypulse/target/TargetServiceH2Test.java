package io.industrypulse.target;

import org.springframework.test.context.TestPropertySource;

@TestPropertySource(
        properties =
                "spring.datasource.url=jdbc:h2:mem:target;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH")
class TargetServiceH2Test extends TargetServiceTests {}
