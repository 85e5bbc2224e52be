package io.industrypulse.report;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Registers {@link PageExportFilter} after Spring Security and inside the page cache (web/PageCacheConfiguration). */
@Configuration
@ConditionalOnWebApplication
class PageExportConfiguration {

    @Bean
    FilterRegistrationBean<PageExportFilter> pageExportFilter() {
        FilterRegistrationBean<PageExportFilter> registration = new FilterRegistrationBean<>(new PageExportFilter());
        // after springSecurityFilterChain: an export is authenticated and authorised exactly as its page
        registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER + 2);
        return registration;
    }
}
