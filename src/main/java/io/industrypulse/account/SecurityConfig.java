package io.industrypulse.account;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.ExceptionMappingAuthenticationFailureHandler;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.context.DelegatingSecurityContextRepository;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;

/**
 * Who may call what. Pages: form login at {@code /login}, CSRF tokens on every form and htmx request, {@code
 * /admin/**} for {@link Role#CITY_ADMIN} only. {@code /api/**}: a personal Bearer token ({@link ApiTokens}), HTTP Basic or
 * the page session, rate-limited ({@link RateLimits}), 401/403/429 as problem details, and
 * CSRF only where a browser session could be abused (see {@link #statelessApiRequest}). Passwords are BCrypt through
 * the delegating encoder; five wrong passwords in a row lock an account for 15 minutes ({@link LoginAttempts}).
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfig {

    static final String[] PUBLIC_PATHS = {"/css/**", "/js/**", "/webjars/**", "/favicon.ico", "/login", "/error"};

    /**
     * Only the site's own scripts, styles and fonts: pages carry no inline script or handler (data for charts comes in
     * attributes, see {@code web/JsonDialect}), so a script injected into a page does not run.
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self';"
            + " img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self';"
            + " form-action 'self'; frame-ancestors 'none'";

    /** The time of the whole application; tests replace it with a {@code @Primary} clock they can move. */
    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.systemUTC();
    }

    /**
     * No observation around each security filter, authentication and authorisation (the request's own {@code
     * http.server.requests} stays). Disabling them by name still wrapped every filter and built a dozen observations
     * per request only to drop them.
     */
    @Bean
    org.springframework.security.config.observation.SecurityObservationSettings securityObservations() {
        return org.springframework.security.config.observation.SecurityObservationSettings.noObservations();
    }

    /** {@code {bcrypt}...} hashes; other encodings can be recognised and upgraded later. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    /** The one authentication manager of form login and HTTP Basic, so both count toward the lockout. */
    @Bean
    AuthenticationManager authenticationManager(
            AccountUserDetailsService userDetails,
            PasswordEncoder passwordEncoder,
            LoginAttempts attempts,
            io.micrometer.core.instrument.MeterRegistry meters) {
        DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(userDetails);
        passwords.setPasswordEncoder(passwordEncoder);
        return new ProviderManager(new LockoutAuthenticationProvider(passwords, attempts, meters));
    }

    /**
     * The actuator: the probes are public (the load balancer calls them), the metrics for Prometheus need the
     * administrator's role, sent with each scrape as HTTP Basic; nothing else of the actuator is exposed.
     */
    @Bean
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
    @Order(0)
    SecurityFilterChain actuatorSecurity(HttpSecurity http, AuthenticationManager authenticationManager)
            throws Exception {
        ApiProblems problems = new ApiProblems();
        return http.securityMatcher("/actuator/**")
                .authenticationManager(authenticationManager)
                .authorizeHttpRequests(requests -> requests.requestMatchers("/actuator/health", "/actuator/health/**")
                        .permitAll()
                        .requestMatchers("/actuator/prometheus")
                        .hasRole(Role.CITY_ADMIN.name())
                        .anyRequest()
                        .denyAll())
                .httpBasic(basic -> basic.realmName(ApiProblems.REALM).authenticationEntryPoint(problems))
                .csrf(csrf -> csrf.disable()) // read-only endpoints, no session
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .exceptionHandling(exceptions ->
                        exceptions.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .headers(SecurityConfig::headers)
                .build();
    }

    @Bean
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
    @Order(1)
    SecurityFilterChain apiSecurity(
            HttpSecurity http,
            AuthenticationManager authenticationManager,
            ApiTokens tokens,
            AccountUserDetailsService users,
            RateLimits limits)
            throws Exception {
        ApiProblems problems = new ApiProblems();
        return http.securityMatcher("/api/**")
                .authenticationManager(authenticationManager)
                // a personal token first; then HTTP Basic (a BCrypt hash per request) or the page's session
                .addFilterBefore(new ApiTokenFilter(tokens, users, problems), BasicAuthenticationFilter.class)
                .addFilterAfter(new ApiRateLimitFilter(limits, problems), BasicAuthenticationFilter.class)
                .securityContext(context -> context.securityContextRepository(signIn(users, false)))
                .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                .httpBasic(basic -> basic.realmName(ApiProblems.REALM).authenticationEntryPoint(problems))
                .csrf(csrf -> csrf.ignoringRequestMatchers(SecurityConfig::statelessApiRequest)
                        .csrfTokenRequestHandler(csrfTokens()))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.NEVER))
                .requestCache(cache -> cache.disable())
                .exceptionHandling(exceptions ->
                        exceptions.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .headers(SecurityConfig::headers)
                .build();
    }

    @Bean
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
    @Order(2)
    SecurityFilterChain webSecurity(
            HttpSecurity http,
            AuthenticationManager authenticationManager,
            ObjectProvider<AuthenticationSuccessHandler> afterLogin,
            AccountUserDetailsService users,
            RateLimits limits)
            throws Exception {
        ExceptionMappingAuthenticationFailureHandler failure = new ExceptionMappingAuthenticationFailureHandler();
        failure.setDefaultFailureUrl("/login?error");
        failure.setExceptionMappings(Map.of(LockedException.class.getName(), "/login?locked"));
        return http.authenticationManager(authenticationManager)
                .addFilterBefore(new LoginRateLimitFilter(limits), UsernamePasswordAuthenticationFilter.class)
                .securityContext(context -> context.securityContextRepository(signIn(users, true)))
                .authorizeHttpRequests(requests -> requests.requestMatchers(PUBLIC_PATHS)
                        .permitAll()
                        .requestMatchers("/admin/**")
                        .hasRole(Role.CITY_ADMIN.name())
                        .anyRequest()
                        .authenticated())
                // after login: the page asked for, else the user's own home (the web layer's handler knows the pages)
                .formLogin(form -> {
                    form.loginPage("/login").failureHandler(failure);
                    afterLogin.ifAvailable(form::successHandler);
                })
                .logout(logout -> logout.logoutSuccessUrl("/login?logout"))
                .csrf(csrf -> csrf.csrfTokenRequestHandler(csrfTokens()))
                .exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(pageEntryPoint()))
                .headers(SecurityConfig::headers)
                .build();
    }

    /**
     * Where a request finds who is signed in: its own attributes first (an error page rendered for it), then the
     * session's user ({@link SessionSignIn}), in place of Spring Security's context serialised into the session.
     */
    private static SecurityContextRepository signIn(AccountUserDetailsService users, boolean createSession) {
        return new DelegatingSecurityContextRepository(
                new RequestAttributeSecurityContextRepository(), new SessionSignIn(users, createSession));
    }

    /** Spring Security's default BREACH-safe tokens (a fresh random mask per request), masked without a shared lock. */
    private static org.springframework.security.web.csrf.XorCsrfTokenRequestAttributeHandler csrfTokens() {
        var handler = new org.springframework.security.web.csrf.XorCsrfTokenRequestAttributeHandler();
        handler.setSecureRandom(new PerThreadSecureRandom());
        return handler;
    }

    private static void headers(
            org.springframework.security.config.annotation.web.configurers.HeadersConfigurer<HttpSecurity> headers) {
        headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .referrerPolicy(referrer -> referrer.policy(
                        org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy
                                .SAME_ORIGIN));
    }

    /**
     * An API request that cannot ride on a browser's session needs no CSRF token: it carries its own credentials (HTTP
     * Basic or a Bearer token), or there is no session to abuse (it will be refused with 401 anyway). A browser page calling the
     * API with its session cookie must send the token like any htmx request.
     */
    static boolean statelessApiRequest(HttpServletRequest request) {
        String authorization = request.getHeader("Authorization");
        boolean basic = authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6);
        return basic || ApiTokenFilter.bearer(request) || request.getSession(false) == null;
    }

    /**
     * Pages go to the login page; an htmx request (whose answer would be swapped into a fragment) gets 401 and tells
     * htmx to load the login page as a whole.
     */
    private static AuthenticationEntryPoint pageEntryPoint() {
        LoginUrlAuthenticationEntryPoint login = new LoginUrlAuthenticationEntryPoint("/login");
        return (request, response, exception) -> {
            if ("true".equals(request.getHeader("HX-Request"))) {
                response.setHeader("HX-Redirect", request.getContextPath() + "/login");
                response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
            } else {
                login.commence(request, response, exception);
            }
        };
    }
}
