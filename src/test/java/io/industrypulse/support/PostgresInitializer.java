package io.industrypulse.support;

import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/** Points the test context's data source at this run's PostgreSQL database. */
class PostgresInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        if (!PostgresDatabase.available()) {
            return; // PostgresAvailable has already skipped or failed the test
        }
        TestPropertyValues.of(
                        "spring.datasource.url=" + PostgresDatabase.url(),
                        "spring.datasource.username=" + PostgresDatabase.user(),
                        "spring.datasource.password=" + PostgresDatabase.password())
                .applyTo(context);
    }
}
