package io.industrypulse.web;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import io.swagger.v3.core.jackson.ModelResolver;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springdoc.core.customizers.JavadocPropertyCustomizer;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.providers.JavadocProvider;
import org.springdoc.core.providers.ObjectMapperProvider;
import org.springdoc.core.providers.SpringDocJavadocProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;

/**
 * The OpenAPI description at {@code /v3/api-docs} (springdoc; the endpoints' texts are the API controllers' Javadoc).
 * springdoc reads the models with swagger-core's own (Jackson 2) mapper, which knows nothing of {@code
 * spring.jackson.property-naming-strategy}; the resolver here gives it the API's snake_case, so the schemas name the
 * fields as the answers do. The two ways in are declared: a personal token (Bearer) and HTTP Basic.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET) // springdoc runs only there
class ApiDocs {

    /*
     * springdoc puts each ModelConverter bean in front of the ones before it, and the resolver does not delegate: it
     * must come first in the bean order (so last in the chain), the Javadoc customizer after it (so in front of it).
     */
    @Bean
    @Order(0)
    ModelResolver snakeCaseModels() {
        return new ModelResolver(Json.mapper().copy().setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE));
    }

    @Bean
    @Order(Ordered.LOWEST_PRECEDENCE)
    JavadocPropertyCustomizer schemaDescriptions(JavadocProvider javadoc, ObjectMapperProvider mappers) {
        return new JavadocPropertyCustomizer(javadoc, mappers);
    }

    @Bean
    SpringDocJavadocProvider apiJavadoc() {
        return new ApiJavadoc();
    }

    /**
     * The Javadoc as the API description shows it: each text on one line (Javadoc's line breaks and continuation
     * indents are layout, not content), and the records' {@code @param} texts under the names the customizer looks
     * them up by, the API's snake_case names or the name a component's {@code @JsonProperty} gives.
     */
    static final class ApiJavadoc extends SpringDocJavadocProvider {

        @Override
        public String getClassJavadoc(Class<?> type) {
            return oneLine(super.getClassJavadoc(type));
        }

        @Override
        public Map<String, String> getRecordClassParamJavadoc(Class<?> type) {
            Map<String, String> byName = new HashMap<>();
            super.getRecordClassParamJavadoc(type)
                    .forEach((component, text) -> byName.put(jsonName(type, component), oneLine(text)));
            return byName;
        }

        @Override
        public String getMethodJavadocDescription(Method method) {
            return oneLine(super.getMethodJavadocDescription(method));
        }

        @Override
        public String getParamJavadoc(Method method, String name) {
            return oneLine(super.getParamJavadoc(method, name));
        }

        @Override
        public String getFieldJavadoc(Field field) {
            return oneLine(super.getFieldJavadoc(field));
        }

        private static @Nullable String oneLine(@Nullable String text) {
            return text == null ? null : LINE_BREAK.matcher(text.strip()).replaceAll(" ");
        }

        private static String jsonName(Class<?> type, String component) {
            for (RecordComponent c : type.getRecordComponents()) {
                JsonProperty named = c.getAccessor().getAnnotation(JsonProperty.class);
                if (c.getName().equals(component)
                        && named != null
                        && !named.value().isEmpty()) {
                    return named.value();
                }
            }
            return PropertyNamingStrategies.SnakeCaseStrategy.INSTANCE.translate(component);
        }
    }

    private static final Pattern LINE_BREAK = Pattern.compile("\\s*\\n\\s*");

    /** The rate limit described is the one configured (account/RateLimits reads the same properties). */
    @Bean
    OpenAPI industryPulseApi(
            @Value("${industrypulse.api.rate-limit.per-second:20}") long perSecond,
            @Value("${industrypulse.api.rate-limit.burst:100}") long burst) {
        return new OpenAPI()
                .info(new Info()
                        .title("IndustryPulse API")
                        .version("v1")
                        .description("Figures and work of the platform for programs: snake_case JSON, periods as"
                                + " YYYY-MM, amounts in units of 10,000 yuan, growth in percent; errors as RFC 9457 problem details in"
                                + " the Accept-Language (Chinese or English). Every answer is limited to the caller's"
                                + " role and scope. Rate limit: " + perSecond + " requests a second per token or"
                                + " user, bursts of " + burst + " (429 with Retry-After)."))
                .components(new Components()
                        .addSecuritySchemes(
                                "token",
                                new SecurityScheme()
                                        .type(SecurityScheme.Type.HTTP)
                                        .scheme("bearer")
                                        .description("A personal API token, made on the account page (/account)"))
                        .addSecuritySchemes(
                                "basic",
                                new SecurityScheme()
                                        .type(SecurityScheme.Type.HTTP)
                                        .scheme("basic")
                                        .description("User name and password; a BCrypt check on every request")))
                .addSecurityItem(new SecurityRequirement().addList("token"))
                .addSecurityItem(new SecurityRequirement().addList("basic"));
    }

    /** The errors every {@code /api/v1} operation can answer, each a problem detail (RFC 9457). */
    private static final Map<String, String> ERRORS = errors();

    private static Map<String, String> errors() {
        Map<String, String> errors = new LinkedHashMap<>();
        errors.put("400", "Bad input: the detail says what is wrong, and field names the parameter or field at fault");
        errors.put("401", "No credentials, a wrong password, or a token unknown, revoked or of a disabled user");
        errors.put("403", "The caller's role or scope does not allow it, or a read-only token asked to write");
        errors.put("404", "Nothing there, or nothing the caller's scope may see (the two are not told apart)");
        errors.put("429", "Over the rate limit: ask again after Retry-After seconds");
        errors.put("503", "The database is out of reach for the moment: ask again after Retry-After seconds");
        return errors;
    }

    /** Adds the problem-detail schema and the errors above to every operation of the API that does not name them. */
    @Bean
    OpenApiCustomizer problemResponses() {
        return api -> {
            Schema<?> problem = new ObjectSchema()
                    .description("RFC 9457 problem details, in the caller's Accept-Language (Chinese or English)")
                    .addProperty("type", new StringSchema().description("about:blank"))
                    .addProperty("title", new StringSchema().description("the status in words"))
                    .addProperty("status", new IntegerSchema().description("the HTTP status"))
                    .addProperty("detail", new StringSchema().description("what went wrong, for a person"))
                    .addProperty("instance", new StringSchema().description("the path asked for"))
                    .addProperty("field", new StringSchema().description("the parameter or field at fault, if one"));
            api.getComponents().addSchemas("Problem", problem);
            Content content = new Content()
                    .addMediaType(
                            "application/problem+json",
                            new MediaType().schema(new Schema<>().$ref("#/components/schemas/Problem")));
            api.getPaths().forEach((path, item) -> {
                if (path.startsWith("/api/v1/")) {
                    item.readOperations()
                            .forEach(operation -> ERRORS.forEach((status, description) -> {
                                if (operation.getResponses().get(status) == null) {
                                    operation
                                            .getResponses()
                                            .addApiResponse(
                                                    status,
                                                    new ApiResponse()
                                                            .description(description)
                                                            .content(content));
                                }
                            }));
                }
            });
        };
    }
}
