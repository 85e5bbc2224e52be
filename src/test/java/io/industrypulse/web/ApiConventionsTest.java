package io.industrypulse.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.industrypulse.support.WebSession;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One convention for every {@code /api/v1} answer (issue 17, item 5): the OpenAPI description lists every endpoint
 * with a description and every parameter described, its schemas name their fields in snake_case, and so do the
 * answers themselves. A camelCase field anywhere fails here.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
abstract class ApiConventionsTest {

    private static final Pattern SNAKE = Pattern.compile("[a-z][a-z0-9]*(_[a-z0-9]+)*");
    /** Keys of maps keyed by data rather than fields: region and division codes, months, enum constants. */
    private static final Pattern DATA_KEY = Pattern.compile("[0-9][0-9-]*|[A-Z][A-Z0-9_]*");

    private static final String PASSWORD = "Demo-City-2026";

    @LocalServerPort
    int port;

    private final JsonMapper json = JsonMapper.builder().build();

    private JsonNode apiDocs() {
        WebSession session = new WebSession(port);
        session.login("analyst", PASSWORD);
        var docs = session.get("/v3/api-docs", Map.of("Accept", "application/json"));
        assertThat(docs.statusCode()).isEqualTo(200);
        return json.readTree(docs.body());
    }

    @Test
    void theApiDescriptionNeedsASignedInUser() {
        var anonymous = new WebSession(port).get("/v3/api-docs", Map.of("Accept", "application/json"));
        assertThat(anonymous.statusCode()).isEqualTo(302);
        WebSession session = new WebSession(port);
        session.login("county130102", PASSWORD);
        assertThat(session.get("/swagger-ui/index.html").statusCode()).isEqualTo(200);
    }

    @Test
    void everyEndpointAndParameterIsDescribed() {
        JsonNode docs = apiDocs();
        // the limit described is the one configured (src/test/resources/config: 100000 a second)
        assertThat(docs.path("info").path("description").asString())
                .contains("Rate limit: 100000 requests a second per token or user, bursts of 100000");
        // the two ways in: a personal token and HTTP Basic
        assertThat(docs.path("components").path("securitySchemes").propertyNames())
                .contains("token", "basic");
        JsonNode paths = docs.get("paths");
        List<String> undescribed = new ArrayList<>();
        int operations = 0;
        for (var path : paths.properties()) {
            if (!path.getKey().startsWith("/api/v1/")) {
                continue;
            }
            for (var operation : path.getValue().properties()) {
                operations++;
                String where = operation.getKey().toUpperCase() + " " + path.getKey();
                JsonNode op = operation.getValue();
                if (op.path("description").asString("").isBlank()
                        && op.path("summary").asString("").isBlank()) {
                    undescribed.add(where);
                }
                for (String status : List.of("400", "401", "403", "404", "429", "503")) {
                    if (op.path("responses")
                            .path(status)
                            .path("description")
                            .asString("")
                            .isBlank()) {
                        undescribed.add(where + " error " + status);
                    }
                }
                for (JsonNode parameter : op.path("parameters")) {
                    if (parameter.path("description").asString("").isBlank()) {
                        undescribed.add(
                                where + " parameter " + parameter.path("name").asString());
                    }
                }
            }
        }
        assertThat(operations).as("operations under /api/v1").isGreaterThanOrEqualTo(39);
        assertThat(undescribed)
                .as("endpoints and parameters without a description")
                .isEmpty();
    }

    @Test
    void everySchemaNamesItsFieldsInSnakeCase() {
        JsonNode schemas = apiDocs().path("components").path("schemas");
        assertThat(schemas.size()).isPositive();
        List<String> camel = new ArrayList<>();
        for (var schema : schemas.properties()) {
            for (String field : schema.getValue().path("properties").propertyNames()) {
                if (!SNAKE.matcher(field).matches()) {
                    camel.add(schema.getKey() + "." + field);
                }
            }
        }
        assertThat(camel).as("schema fields not in snake_case").isEmpty();
    }

    /** A number's description names its unit: money in 万元, growth in %, pulls in points, emissions in kg. */
    private static final List<String> UNITS =
            List.of("万元", "%", "percent", "percentage point", "百分点", "share", "kg", "degrees");

    @Test
    void everySchemaAndFieldIsDescribedAndEveryNumberNamesItsUnit() {
        JsonNode schemas = apiDocs().path("components").path("schemas");
        List<String> undescribed = new ArrayList<>();
        List<String> withoutUnit = new ArrayList<>();
        for (var schema : schemas.properties()) {
            if (schema.getValue().path("description").asString("").isBlank()) {
                undescribed.add(schema.getKey());
            }
            for (var property : schema.getValue().path("properties").properties()) {
                String where = schema.getKey() + "." + property.getKey();
                JsonNode field = property.getValue();
                if (field.has("$ref")) {
                    continue; // the schema it refers to is described
                }
                String description = field.path("description").asString("");
                if (description.isBlank()) {
                    undescribed.add(where);
                }
                boolean number = isNumber(field) || isNumber(field.path("items"));
                if (number && UNITS.stream().noneMatch(description::contains)) {
                    withoutUnit.add(where + ": " + description);
                }
            }
        }
        assertThat(undescribed).as("schemas and fields without a description").isEmpty();
        assertThat(withoutUnit).as("numbers whose description names no unit").isEmpty();
    }

    private static boolean isNumber(JsonNode schema) {
        JsonNode type = schema.path("type");
        return type.asString("").equals("number")
                || (type.isArray()
                        && type.valueStream().anyMatch(t -> t.asString().equals("number")));
    }

    @Test
    void theAnswersNameTheirFieldsInSnakeCase() {
        String[] reads = {
            "/api/v1/me",
            "/api/v1/growth?period=2026-10",
            "/api/v1/growth?period=2026-10&group=division",
            "/api/v1/plan?region=130100&year=2026",
            "/api/v1/targets?year=2026",
            "/api/v1/tasks?county=130102&period=2026-11",
            "/api/v1/warnings?period=2026-10",
            "/api/v1/forecasts?period=2026-11",
            "/api/v1/reporting?period=2026-10",
            "/api/v1/review/flags?period=2026-10",
            "/api/v1/enterprises",
            "/api/v1/tickets",
            "/api/v1/production-status",
            "/api/v1/campaigns",
            "/api/v1/visits",
            "/api/v1/environment/enterprises",
            "/api/v1/environment/episodes",
            "/api/v1/cultivation/pool",
            "/api/v1/cultivation/net-increase",
            "/api/v1/cultivation/batches",
            "/api/v1/projects",
            "/api/v1/investment/summary",
            "/api/v1/investment/outlook",
            "/api/v1/reports"
        };
        List<String> camel = new ArrayList<>();
        List<String> unlisted = new ArrayList<>();
        JsonNode docs = apiDocs();
        WebSession api = new WebSession(port);
        for (String read : reads) {
            var answer = api.getBasic(read, "admin", "Pulse-Admin-2026");
            assertThat(answer.statusCode()).as(read + ": " + answer.body()).isEqualTo(200);
            JsonNode body = json.readTree(answer.body());
            collect(read, body, camel);
            String path = read.contains("?") ? read.substring(0, read.indexOf('?')) : read;
            JsonNode content = docs.path("paths")
                    .path(path)
                    .path("get")
                    .path("responses")
                    .path("200")
                    .path("content");
            assertThat(content.isEmpty()).as(path + " documents its answer").isFalse();
            conform(read, body, content.values().iterator().next().path("schema"), docs, unlisted);
        }
        assertThat(unlisted)
                .as("answer fields the OpenAPI schema does not list")
                .isEmpty();
        // an error too: problem details
        var missing = api.getBasic("/api/v1/growth?period=2031-01", "admin", "Pulse-Admin-2026");
        assertThat(missing.statusCode()).isEqualTo(404);
        collect("404", json.readTree(missing.body()), camel);
        assertThat(camel).as("answer fields not in snake_case").isEmpty();
    }

    /** Walks an answer along its documented schema and notes every field the schema does not list. */
    private static void conform(String where, JsonNode value, JsonNode schema, JsonNode docs, List<String> unlisted) {
        String ref = schema.path("$ref").asString("");
        if (!ref.isEmpty()) {
            schema = docs.path("components").path("schemas").path(ref.substring(ref.lastIndexOf('/') + 1));
        }
        if (value.isObject()) {
            JsonNode properties = schema.path("properties");
            JsonNode additional = schema.path("additionalProperties");
            for (var field : value.properties()) {
                if (properties.has(field.getKey())) {
                    conform(
                            where + "." + field.getKey(),
                            field.getValue(),
                            properties.get(field.getKey()),
                            docs,
                            unlisted);
                } else if (additional.isObject()) {
                    conform(where + "[" + field.getKey() + "]", field.getValue(), additional, docs, unlisted);
                } else {
                    unlisted.add(where + "." + field.getKey());
                }
            }
        } else if (value.isArray()) {
            for (JsonNode element : value) {
                conform(where + "[]", element, schema.path("items"), docs, unlisted);
            }
        }
    }

    private static void collect(String where, JsonNode node, List<String> camel) {
        if (node.isObject()) {
            for (var field : node.properties()) {
                String name = field.getKey();
                if (!SNAKE.matcher(name).matches() && !DATA_KEY.matcher(name).matches()) {
                    camel.add(where + ": " + name);
                }
                collect(where, field.getValue(), camel);
            }
        } else if (node.isArray()) {
            for (JsonNode element : node) {
                collect(where, element, camel);
            }
        }
    }

    @Test
    void errorsAreProblemDetailsInTheCallersLanguageNamingTheField() {
        WebSession api = new WebSession(port);
        String missing = "/api/v1/growth?period=2031-01";
        var english = api.get(
                missing,
                Map.of(
                        "Authorization",
                        WebSession.basic("analyst", PASSWORD),
                        "Accept",
                        "application/json",
                        "Accept-Language",
                        "en-US,en;q=0.9"));
        assertThat(english.statusCode()).isEqualTo(404);
        assertThat(english.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(json.readTree(english.body()).path("detail").asString()).isEqualTo("No monthly data for 2031");
        var chinese = api.get(
                missing,
                Map.of(
                        "Authorization",
                        WebSession.basic("analyst", PASSWORD),
                        "Accept",
                        "application/json",
                        "Accept-Language",
                        "zh-CN,zh;q=0.9"));
        assertThat(json.readTree(chinese.body()).path("detail").asString()).isEqualTo("没有 2031 年的月度数据");
        // no preference: Chinese
        var plain = api.get(
                missing, Map.of("Authorization", WebSession.basic("analyst", PASSWORD), "Accept", "application/json"));
        assertThat(json.readTree(plain.body()).path("detail").asString()).isEqualTo("没有 2031 年的月度数据");

        // a parameter at fault is named
        var bad = api.get(
                "/api/v1/tasks?county=130102&period=2026-13",
                Map.of(
                        "Authorization",
                        WebSession.basic("analyst", PASSWORD),
                        "Accept",
                        "application/json",
                        "Accept-Language",
                        "en"));
        assertThat(bad.statusCode()).isEqualTo(400);
        JsonNode problem = json.readTree(bad.body());
        assertThat(problem.path("field").asString()).isEqualTo("period");
        assertThat(problem.path("status").asInt()).isEqualTo(400);
        // and the sign-in refusal of the security filters speaks the same language
        var refused = api.get(
                "/api/v1/me",
                Map.of(
                        "Authorization",
                        "Bearer ipt_" + "x".repeat(43),
                        "Accept",
                        "application/json",
                        "Accept-Language",
                        "en"));
        assertThat(refused.statusCode()).isEqualTo(401);
        assertThat(json.readTree(refused.body()).path("detail").asString())
                .isEqualTo("The API token is unknown, revoked, or its user is disabled");
    }
}
