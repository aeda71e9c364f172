package io.jixiao.apidocs;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a front-end team relies on in every operation, beyond what the generic linter checks: the error answers the
 * platform really gives, each a problem+json; an example for every JSON or text body going in and coming out; the
 * validators a poller uses. Each finding names the operation and what is missing.
 */
final class HouseRules {
    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch");

    private HouseRules() {}

    static List<String> findings(JsonNode document) {
        List<String> findings = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths =
                        document.path("paths").fields();
                paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields(); ops.hasNext(); ) {
                Map.Entry<String, JsonNode> op = ops.next();
                if (METHODS.contains(op.getKey())) {
                    check(path.getKey(), op.getKey(), op.getValue(), findings);
                }
            }
        }
        return findings;
    }

    private static void check(String path, String method, JsonNode op, List<String> findings) {
        String id = op.path("operationId").asText(method.toUpperCase() + " " + path);
        if (!op.has("operationId")) {
            findings.add(id + ": no operationId");
        }
        if (op.path("summary").asText().isBlank()
                || op.path("description").asText().isBlank()) {
            findings.add(id + ": a summary and a description are both needed");
        }
        JsonNode responses = op.path("responses");
        boolean secured = op.path("security").size() > 0;
        requireStatus(id, responses, secured, List.of("401", "403"), "a token is checked", findings);
        requireStatus(id, responses, path.contains("{"), List.of("404"), "it has a path id", findings);
        requireStatus(id, responses, op.has("requestBody"), List.of("400", "413", "415"), "it reads a body", findings);
        responses.fields().forEachRemaining(r -> {
            if (r.getKey().matches("[45]\\d\\d")
                    && !r.getValue().path("content").has("application/problem+json")) {
                findings.add(id + ": the " + r.getKey() + " answer is not documented as application/problem+json");
            }
            if (r.getKey().startsWith("2")) {
                requireExamples(
                        id, "the " + r.getKey() + " answer", r.getValue().path("content"), findings);
            }
        });
        requireExamples(id, "the request body", op.path("requestBody").path("content"), findings);
        if (method.equals("get") && responses.path("200").path("content").has("application/json")) {
            if (!responses.path("200").path("headers").has("ETag") || !responses.has("304")) {
                findings.add(id + ": a JSON read without its ETag and 304 Not Modified");
            }
        }
    }

    private static void requireStatus(
            String id, JsonNode responses, boolean applies, List<String> statuses, String why, List<String> findings) {
        if (applies) {
            statuses.stream()
                    .filter(status -> !responses.has(status))
                    .forEach(status -> findings.add(id + ": no " + status + " answer although " + why));
        }
    }

    private static void requireExamples(String id, String what, JsonNode content, List<String> findings) {
        content.fields().forEachRemaining(media -> {
            boolean readable = media.getKey().endsWith("json") || media.getKey().startsWith("text/");
            boolean hasExample =
                    media.getValue().has("example") || media.getValue().has("examples");
            if (readable && !hasExample) {
                findings.add(id + ": " + what + " (" + media.getKey() + ") has no example: add openapi/examples/" + id
                        + ".json to its service");
            }
        });
    }
}
