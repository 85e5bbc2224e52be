package io.industrypulse.web;

import io.industrypulse.account.DataVersion;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Registers {@link RenderedPageCache} behind Spring Security's filter chain ({@code industrypulse.web.page-cache.*}:
 * {@code enabled}, default true; {@code paths}; {@code max-entries}, default 2000).
 */
@Configuration
@ConditionalOnWebApplication
@ConditionalOnProperty(name = "industrypulse.web.page-cache.enabled", havingValue = "true", matchIfMissing = true)
class PageCacheConfiguration {

    @Bean
    FilterRegistrationBean<RenderedPageCache> renderedPageCache(
            DataVersion version,
            java.time.Clock clock,
            @Value("${industrypulse.web.page-cache.paths:/,/monitor/ranking,/api/v1/growth}") Set<String> paths,
            @Value("${industrypulse.web.page-cache.max-entries:2000}") int maxEntries) {
        FilterRegistrationBean<RenderedPageCache> registration =
                new FilterRegistrationBean<>(new RenderedPageCache(version, clock, paths, maxEntries));
        // after springSecurityFilterChain, so every request is authenticated and authorised before a kept answer
        registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER + 1);
        return registration;
    }
}
