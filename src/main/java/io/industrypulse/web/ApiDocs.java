package io.industrypulse.web;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import io.swagger.v3.core.jackson.ModelResolver;
import io.swagger.v3.core.util.Json;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI description at {@code /v3/api-docs}: springdoc reads the models with swagger-core's own (Jackson 2)
 * mapper, which knows nothing of {@code spring.jackson.property-naming-strategy}; this resolver gives it the API's
 * snake_case, so the schemas name the fields as the answers do.
 */
@Configuration(proxyBeanMethods = false)
class ApiDocs {

    @Bean
    ModelResolver snakeCaseModels() {
        return new ModelResolver(Json.mapper().copy().setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE));
    }
}
