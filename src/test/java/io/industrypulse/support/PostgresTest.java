package io.industrypulse.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.test.context.ContextConfiguration;

/**
 * Runs a Spring test against this run's fresh PostgreSQL database instead of H2. Put it on a subclass of a test
 * whose H2 twin runs unchanged. Without a server the test is skipped with a loud message; with {@code CI=true} a
 * missing server fails the test.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Inherited
@Tag("postgres")
@ExtendWith(PostgresAvailable.class)
@ContextConfiguration(initializers = PostgresInitializer.class)
public @interface PostgresTest {}
