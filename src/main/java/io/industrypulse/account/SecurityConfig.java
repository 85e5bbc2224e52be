package io.industrypulse.account;

import java.time.Clock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;

/**
 * Who may reach what. Pages: form login, CSRF on every form and htmx request, {@code /admin/**} for the city
 * administrator. {@code /api/**}: HTTP Basic (for scripts) or the page session, 401/403 as JSON, no CSRF (no
 * cookie-authenticated writes exist under it). Data scope is enforced by each feature's service, not here.
 */
@Configuration
class SecurityConfig {

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder(); // BCrypt
    }

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http) throws Exception {
        return http.securityMatcher("/api/**")
                .authorizeHttpRequests(auth -> auth.anyRequest().authenticated())
                .httpBasic(basic -> basic.authenticationEntryPoint(
                        (request, response, e) -> json(response, HttpStatus.UNAUTHORIZED, "需要登录（HTTP Basic 或会话）")))
                .exceptionHandling(ex -> ex.authenticationEntryPoint((request, response, e) ->
                                json(response, HttpStatus.UNAUTHORIZED, "需要登录（HTTP Basic 或会话）"))
                        .accessDeniedHandler((request, response, e) -> json(response, HttpStatus.FORBIDDEN, "无权访问")))
                .csrf(csrf -> csrf.disable())
                .build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain pages(HttpSecurity http) throws Exception {
        SimpleUrlAuthenticationFailureHandler failure = new SimpleUrlAuthenticationFailureHandler("/login?error") {
            @Override
            public void onAuthenticationFailure(
                    jakarta.servlet.http.HttpServletRequest request,
                    jakarta.servlet.http.HttpServletResponse response,
                    org.springframework.security.core.AuthenticationException exception)
                    throws java.io.IOException, jakarta.servlet.ServletException {
                setDefaultFailureUrl(exception instanceof LockedException ? "/login?locked" : "/login?error");
                super.onAuthenticationFailure(request, response, exception);
            }
        };
        return http.authorizeHttpRequests(auth -> auth.requestMatchers(
                                "/login",
                                "/css/**",
                                "/js/**",
                                "/webjars/**",
                                "/favicon.ico",
                                "/error",
                                "/actuator/health")
                        .permitAll()
                        .requestMatchers("/admin/**")
                        .hasRole(Role.CITY_ADMIN.name())
                        .anyRequest()
                        .authenticated())
                .formLogin(
                        form -> form.loginPage("/login").failureHandler(failure).permitAll())
                .logout(logout -> logout.logoutSuccessUrl("/login?logout"))
                .build();
    }

    private static void json(jakarta.servlet.http.HttpServletResponse response, HttpStatus status, String message)
            throws java.io.IOException {
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        response.getWriter()
                .write("{\"status\":" + status.value() + ",\"error\":\"" + status.getReasonPhrase()
                        + "\",\"message\":\"" + message + "\"}");
    }
}
