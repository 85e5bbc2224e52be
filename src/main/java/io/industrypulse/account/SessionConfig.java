package io.industrypulse.account;

import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.jdbc.config.annotation.web.http.EnableJdbcHttpSession;

/**
 * The sessions in the database (Spring Session JDBC, tables by Flyway V89), written back at most once a minute when
 * nothing else changed ({@link MinuteSessionRepository}). Spring Boot's own session configuration steps aside for a
 * repository of the application's, so this one enables Spring Session JDBC itself and applies
 * {@code server.servlet.session.timeout}, the one setting of Boot's it used.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableJdbcHttpSession
class SessionConfig {

    /** The repository the session filter takes; Spring Session's own stays underneath it. */
    @Bean
    @Primary
    MinuteSessionRepository<?> minuteSessionRepository(JdbcIndexedSessionRepository store) {
        return MinuteSessionRepository.over(store);
    }

    @Bean
    SessionRepositoryCustomizer<JdbcIndexedSessionRepository> sessionTimeout(
            @Value("${server.servlet.session.timeout:30m}") Duration timeout) {
        return store -> store.setDefaultMaxInactiveInterval(timeout);
    }
}
