package io.industrypulse.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.industrypulse.Application;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;

/** Whole application starts without {@code ADMIN_PASSWORD}: embedded default and production profile. */
@ExtendWith(OutputCaptureExtension.class)
class AdminBootstrapTest {

    private static String freshH2() {
        return "--spring.datasource.url=jdbc:h2:mem:bootstrap-" + UUID.randomUUID()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";
    }

    @Test
    void embeddedDefaultPrintsAGeneratedPassword(CapturedOutput output) {
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(Application.class)
                .run("--server.port=0", "--ADMIN_PASSWORD=", "--industrypulse.demo.enabled=false", freshH2())) {
            Matcher printed = Pattern.compile("password / 密码:\\s+(\\S+)").matcher(output.getAll());
            assertThat(printed.find()).as("generated password in the log").isTrue();

            AuthenticationManager authentication = context.getBean(AuthenticationManager.class);
            assertThat(authentication
                            .authenticate(
                                    UsernamePasswordAuthenticationToken.unauthenticated("admin", printed.group(1)))
                            .isAuthenticated())
                    .isTrue();
        }
    }

    @Test
    void productionProfileRefusesToStartWithoutAdministrator() {
        assertThatThrownBy(() -> new SpringApplicationBuilder(Application.class)
                        .profiles("postgres")
                        .run(
                                "--server.port=0",
                                "--ADMIN_PASSWORD=",
                                freshH2(),
                                "--spring.datasource.username=sa",
                                "--spring.datasource.password=")
                        .close())
                .hasStackTraceContaining("No administrator account exists yet")
                .hasStackTraceContaining("Set the environment variable ADMIN_PASSWORD");
    }
}
