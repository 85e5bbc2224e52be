package io.industrypulse.web;

import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.dialect.AbstractDialect;
import org.thymeleaf.dialect.IExpressionObjectDialect;
import org.thymeleaf.expression.IExpressionObjectFactory;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code #json.of(x)} in templates: a value as JSON for a data attribute ({@code th:data-months="${#json.of(months)}"})
 * that {@code static/js/app.js} reads to draw a chart, so pages carry no inline script and the Content-Security-Policy
 * allows only the site's own script files. An expression object (not a bean reference) because Thymeleaf evaluates
 * attribute expressions in its restricted mode.
 */
@Component
class JsonDialect extends AbstractDialect implements IExpressionObjectDialect {

    /** The expression object: JSON text of a value. */
    public static final class Json {

        private final JsonMapper mapper;

        Json(JsonMapper mapper) {
            this.mapper = mapper;
        }

        /** The value as JSON ({@code null} as {@code null}). */
        public String of(@Nullable Object value) {
            return mapper.writeValueAsString(value);
        }
    }

    private final Json json;

    JsonDialect(JsonMapper mapper) {
        super("json");
        this.json = new Json(mapper);
    }

    @Override
    public IExpressionObjectFactory getExpressionObjectFactory() {
        return new IExpressionObjectFactory() {
            @Override
            public Set<String> getAllExpressionObjectNames() {
                return Set.of("json");
            }

            @Override
            public Object buildObject(IExpressionContext context, String expressionObjectName) {
                return json;
            }

            @Override
            public boolean isCacheable(String expressionObjectName) {
                return true;
            }
        };
    }
}
