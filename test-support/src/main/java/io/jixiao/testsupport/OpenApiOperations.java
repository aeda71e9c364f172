package io.jixiao.testsupport;

import static io.restassured.RestAssured.given;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The operations a service documents in its own OpenAPI document (/q/openapi), read in the test that runs it: what the
 * abuse suites try. A service whose document omits an operation is not tried there, so the suites also keep the
 * document honest.
 */
public final class OpenApiOperations {
    private static final Set<String> METHODS = Set.of("get", "post", "put", "delete", "patch");

    /** One documented operation: its parameters, its JSON body's properties (name → type) and who may call it. */
    public record Operation(
            String method,
            String path,
            List<String> pathParams,
            Map<String, String> queryParams,
            boolean jsonBody,
            Map<String, String> bodyProperties,
            boolean secured,
            List<String> roles,
            String bodyContentType,
            Set<String> documentedStatuses) {

        /** Whether the document lists this answer: a client generated from it knows every status it can get. */
        public boolean documents(int status) {
            return documentedStatuses.contains(String.valueOf(status));
        }

        public boolean isPublic() {
            return path.startsWith("/api/v1/public");
        }

        @Override
        public String toString() {
            return method.toUpperCase() + " " + path;
        }
    }

    private OpenApiOperations() {}

    /** The business operations (under /api/v1) of the service under test. */
    public static List<Operation> read() {
        JsonNode doc;
        try {
            doc = new ObjectMapper()
                    .readTree(given().accept("application/json")
                            .get("/q/openapi?format=json")
                            .then()
                            .statusCode(200)
                            .extract()
                            .asString());
        } catch (Exception e) {
            throw new IllegalStateException("the OpenAPI document cannot be read", e);
        }
        List<Operation> operations = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = doc.path("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> p = paths.next();
            if (!p.getKey().startsWith("/api/v1/")) {
                continue;
            }
            for (Iterator<Map.Entry<String, JsonNode>> ops = p.getValue().fields(); ops.hasNext(); ) {
                Map.Entry<String, JsonNode> o = ops.next();
                if (METHODS.contains(o.getKey())) {
                    operations.add(operation(doc, o.getKey(), p.getKey(), o.getValue()));
                }
            }
        }
        return operations;
    }

    private static Operation operation(JsonNode doc, String method, String path, JsonNode op) {
        List<String> pathParams = new ArrayList<>();
        Map<String, String> queryParams = new LinkedHashMap<>();
        for (JsonNode param : op.path("parameters")) {
            JsonNode resolved = resolve(doc, param);
            String in = resolved.path("in").asText();
            if ("path".equals(in)) {
                pathParams.add(resolved.path("name").asText());
            } else if ("query".equals(in)) {
                queryParams.put(resolved.path("name").asText(), type(doc, resolved.path("schema")));
            }
        }
        JsonNode json = op.path("requestBody").path("content").path("application/json");
        Map<String, String> properties = new LinkedHashMap<>();
        JsonNode schema = resolve(doc, json.path("schema"));
        for (Iterator<Map.Entry<String, JsonNode>> it =
                        schema.path("properties").fields();
                it.hasNext(); ) {
            Map.Entry<String, JsonNode> prop = it.next();
            properties.put(prop.getKey(), type(doc, prop.getValue()));
        }
        List<String> roles = new ArrayList<>();
        boolean secured = false;
        for (JsonNode requirement : op.path("security")) {
            for (JsonNode scopes : requirement) {
                secured = true;
                scopes.forEach(s -> roles.add(s.asText()));
            }
        }
        var contentTypes = op.path("requestBody").path("content").fieldNames();
        String bodyType = json.isMissingNode() && contentTypes.hasNext() ? contentTypes.next() : "application/json";
        Set<String> statuses = new java.util.TreeSet<>();
        op.path("responses").fieldNames().forEachRemaining(statuses::add);
        return new Operation(
                method,
                path,
                pathParams,
                queryParams,
                !json.isMissingNode(),
                properties,
                secured,
                roles,
                bodyType,
                statuses);
    }

    private static String type(JsonNode doc, JsonNode schema) {
        JsonNode s = resolve(doc, schema);
        if (s.path("type").isArray()) { // OpenAPI 3.1: ["string", "null"] for what may be null
            for (JsonNode t : s.path("type")) {
                if (!t.asText().equals("null")) {
                    return t.asText();
                }
            }
        }
        if (s.has("type")) {
            return s.path("type").asText();
        }
        if (s.has("enum")) {
            return "string";
        }
        for (String combinator : new String[] {"allOf", "anyOf", "oneOf"}) {
            for (JsonNode option : s.path(combinator)) {
                if (!"null".equals(option.path("type").asText())) {
                    return type(doc, option);
                }
            }
        }
        return s.has("properties") ? "object" : "string";
    }

    private static JsonNode resolve(JsonNode doc, JsonNode node) {
        JsonNode n = node;
        for (int i = 0; i < 10 && n.has("$ref"); i++) {
            String ref = n.get("$ref").asText();
            n = doc.at(ref.substring(1));
        }
        if (n.has("allOf") && !n.has("properties") && n.get("allOf").size() == 1) {
            return resolve(doc, n.get("allOf").get(0));
        }
        return n;
    }
}
