package io.jixiao.apidocs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The whole public API in one OpenAPI document, so a front-end team generates one client: the four services' documents
 * as their build stored them, each path marked with the service that answers it ({@code x-jixiao-service}, for clients
 * that talk to the services directly, as on the local stack). Left out: each service's own operations endpoints
 * ({@code /api/v1/dead-letters}), which the ingress does not expose. Two services defining a schema of the same name
 * differently is an error, never a silent choice.
 */
public final class CombinedApi {
    static final List<String> SERVICES = List.of("project", "indicator", "review", "evaluation");
    static final String SERVICE_EXTENSION = "x-jixiao-service";
    private static final String INTERNAL_PREFIX = "/api/v1/dead-letters";
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private CombinedApi() {}

    /** {@code CombinedApi <repository root> <output file>}: run by the api-docs build (process-classes). */
    public static void main(String[] args) throws IOException {
        Path root = Path.of(args[0]);
        Path out = Path.of(args[1]);
        Map<String, JsonNode> documents = new LinkedHashMap<>();
        for (String service : SERVICES) {
            documents.put(service, read(serviceDocument(root, service)));
        }
        ObjectNode combined = combine(documents);
        Files.createDirectories(out.getParent());
        JSON.writeValue(out.toFile(), combined);
        System.out.println("[api-docs] " + out + ": " + combined.path("paths").size() + " paths, "
                + combined.path("components").path("schemas").size() + " schemas");
    }

    static Path serviceDocument(Path root, String service) {
        return root.resolve(service + "-service/target/openapi/openapi.json");
    }

    static JsonNode read(Path file) throws IOException {
        if (!Files.exists(file)) {
            throw new IllegalStateException(
                    file + " is missing: it is written when the service is built (mvn package)");
        }
        return JSON.readTree(file.toFile());
    }

    /** The combined document of the services' documents (service name → its document, in this order). */
    static ObjectNode combine(Map<String, JsonNode> documents) {
        ObjectNode combined = JSON.createObjectNode();
        combined.put(
                "openapi", documents.values().iterator().next().path("openapi").asText("3.1.0"));
        combined.set("info", info());
        combined.set("servers", servers());
        ObjectNode paths = combined.putObject("paths");
        ObjectNode components = combined.putObject("components");
        ObjectNode schemas = components.putObject("schemas");
        ObjectNode securitySchemes = components.putObject("securitySchemes");
        Map<String, JsonNode> tags = new LinkedHashMap<>();
        List<String> conflicts = new ArrayList<>();
        documents.forEach((service, original) -> {
            JsonNode document = SchemaNames.clarify(original.deepCopy());
            mergePaths(service, document.path("paths"), paths, conflicts);
            mergeNamed(service, document.path("components").path("schemas"), schemas, conflicts);
            mergeNamed(service, document.path("components").path("securitySchemes"), securitySchemes, conflicts);
            document.path("tags")
                    .forEach(tag -> tags.putIfAbsent(tag.path("name").asText(), tag));
        });
        if (!conflicts.isEmpty()) {
            throw new IllegalStateException(
                    "the services' documents do not combine:\n  " + String.join("\n  ", conflicts));
        }
        ArrayNode tagList = combined.putArray("tags");
        tags.values().forEach(tagList::add);
        return combined;
    }

    private static void mergePaths(String service, JsonNode from, ObjectNode into, List<String> conflicts) {
        for (Iterator<Map.Entry<String, JsonNode>> it = from.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> path = it.next();
            if (path.getKey().startsWith(INTERNAL_PREFIX)) {
                continue;
            }
            if (into.has(path.getKey())) {
                conflicts.add("path " + path.getKey() + " is answered by two services");
                continue;
            }
            ObjectNode item = (ObjectNode) path.getValue().deepCopy();
            item.put(SERVICE_EXTENSION, service + "-service");
            into.set(path.getKey(), item);
        }
    }

    private static void mergeNamed(String service, JsonNode from, ObjectNode into, List<String> conflicts) {
        for (Iterator<Map.Entry<String, JsonNode>> it = from.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> named = it.next();
            JsonNode existing = into.get(named.getKey());
            if (existing == null) {
                into.set(named.getKey(), named.getValue());
            } else if (!existing.equals(named.getValue())) {
                conflicts.add(
                        named.getKey() + " of " + service + "-service differs from the one of an earlier service");
            }
        }
    }

    private static ObjectNode info() {
        ObjectNode info = JSON.createObjectNode();
        info.put("title", "预算绩效管理 · Budget performance management API");
        info.put("version", "1.0");
        info.put(
                "description",
                "Organisations, fiscal years and projects (project-service); indicator frameworks and target tables"
                        + " (indicator-service); review tasks, decisions and webhooks (review-service); self-evaluations,"
                        + " scoring and year close (evaluation-service). One host in production (the ingress routes by"
                        + " path); each path names its service in x-jixiao-service for setups without one. Errors are"
                        + " application/problem+json. Built from the services' own documents by api-docs.");
        return info;
    }

    private static ArrayNode servers() {
        ArrayNode servers = JSON.createArrayNode();
        servers.addObject()
                .put("url", "https://api.jixiao.example")
                .put("description", "production, behind the ingress");
        return servers;
    }
}
