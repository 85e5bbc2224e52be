package io.industrypulse.web;

import java.util.Locale;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;
import org.springframework.web.servlet.i18n.SessionLocaleResolver;
import org.springframework.web.servlet.resource.LiteWebJarsResourceResolver;
import tools.jackson.core.StreamWriteFeature;

/** Chinese by default; {@code ?lang=en} switches the session to English. */
@Configuration
class WebConfig implements WebMvcConfigurer {

    @Bean
    LocaleResolver localeResolver() {
        SessionLocaleResolver resolver = new SessionLocaleResolver();
        resolver.setDefaultLocale(Locale.SIMPLIFIED_CHINESE);
        // the API answers in the caller's Accept-Language; pages in Chinese until the user switches (Messages)
        resolver.setDefaultLocaleFunction(io.industrypulse.i18n.Messages::unchosen);
        return resolver;
    }

    /**
     * Static resources under their own prefixes only, instead of Boot's catch-all {@code /**}: the URL encoding filter
     * asks the resource handlers about every link a page builds ({@code @{...}}), and with a catch-all each page link
     * (e.g. {@code /monitor/counties/130102?period=...}) became a classpath lookup that misses and is never cached,
     * about a millisecond per link. Boot's default mappings are off ({@code spring.web.resources.add-mappings=false}).
     */
    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        // the chain caches what a link resolves to: without it each page's CSS and script links were looked up in the
        // jar on every render, under the jar's lock
        registry.addResourceHandler("/css/**")
                .addResourceLocations("classpath:/static/css/")
                .resourceChain(true);
        registry.addResourceHandler("/js/**")
                .addResourceLocations("classpath:/static/js/")
                .resourceChain(true);
        registry.addResourceHandler("/webjars/**")
                .addResourceLocations("classpath:/META-INF/resources/webjars/")
                .resourceChain(true)
                .addResolver(new LiteWebJarsResourceResolver());
    }

    /**
     * Doubles written with Schubfach, Jackson's fast writer: {@code Double.toString} took 6.5% of the CPU of a growth
     * API answer (issue 18). Both write a decimal that reads back as the same double; Schubfach's is always the
     * shortest, where JDK 17's sometimes has a digit more.
     */
    @Bean
    JsonMapperBuilderCustomizer fastDoubles() {
        return builder -> builder.enable(StreamWriteFeature.USE_FAST_DOUBLE_WRITER);
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor interceptor = new LocaleChangeInterceptor();
        interceptor.setParamName("lang");
        registry.addInterceptor(interceptor);
    }
}
