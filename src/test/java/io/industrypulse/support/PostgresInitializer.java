package io.industrypulse.support;

import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/** Points the test context's data source at a fresh PostgreSQL database of its own. */
class PostgresInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        if (!PostgresDatabase.available()) {
            return; // PostgresAvailable has already skipped or failed the test
        }
        TestPropertyValues.of(
                        "spring.datasource.url=" + PostgresDatabase.newDatabaseUrl(),
                        "spring.datasource.username=" + PostgresDatabase.user(),
                        "spring.datasource.password=" + PostgresDatabase.password(),
                        // cached test contexts stay open for the whole run, each with its pool: keep every pool small
                        // and let idle connections go, or two dozen contexts exhaust the server's 100 connections
                        "spring.datasource.hikari.maximum-pool-size=5",
                        "spring.datasource.hikari.minimum-idle=0",
                        "spring.datasource.hikari.idle-timeout=10000")
                .applyTo(context);
    }
}
