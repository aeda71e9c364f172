package io.jixiao.apidocs;

import static io.jixiao.testsupport.Commands.onPath;
import static io.jixiao.testsupport.Commands.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.jixiao.testsupport.Commands.Result;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The OpenAPI documents a front-end team generates its client from: each service's document as built and the combined
 * one follow the house rules (operationIds, every error answer as problem+json, examples, validators) and pass the
 * Redocly linter; the combined document holds every public path once, with the service the ingress routes it to.
 */
class ApiDocumentsTest {
    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final Path COMBINED =
            Path.of("target/classes/META-INF/openapi/jixiao-api.json").toAbsolutePath();
    private static final Path LINT = ROOT.resolve("api-docs/lint");
    private static final ObjectMapper JSON = new ObjectMapper();

    @ParameterizedTest(name = "{0} follows the house rules")
    @ValueSource(strings = {"project", "indicator", "review", "evaluation", "combined"})
    void followsTheHouseRules(String document) throws Exception {
        List<String> findings = HouseRules.findings(read(document));
        assertTrue(findings.isEmpty(), findings.size() + " findings:\n  " + String.join("\n  ", findings));
    }

    @Test
    void theHouseRulesFindWhatTheyAreFor() throws Exception {
        ObjectNode broken = (ObjectNode) read("combined").deepCopy();
        ObjectNode submit = (ObjectNode)
                broken.path("paths").path("/api/v1/target-tables/{id}/submit").path("post");
        submit.remove("operationId");
        ((ObjectNode) submit.path("responses")).remove("404");
        ObjectNode create =
                (ObjectNode) broken.path("paths").path("/api/v1/projects").path("post");
        ((ObjectNode) create.path("requestBody").path("content").path("application/json")).remove("example");
        ((ObjectNode) create.path("responses").path("409").path("content")).remove("application/problem+json");

        String findings = String.join("\n", HouseRules.findings(broken));

        assertTrue(findings.contains("POST /api/v1/target-tables/{id}/submit: no operationId"), findings);
        assertTrue(findings.contains("submit: no 404 answer although it has a path id"), findings);
        assertTrue(findings.contains("registerProject: the request body (application/json) has no example"), findings);
        assertTrue(findings.contains("registerProject: the 409 answer is not documented as application/problem+json"));
    }

    @Test
    void theCombinedDocumentHoldsEveryPublicPathOnceWithItsService() throws Exception {
        JsonNode combined = read("combined");
        Map<String, String> routes = ingressRoutes();
        for (String service : CombinedApi.SERVICES) {
            read(service).path("paths").fieldNames().forEachRemaining(path -> {
                if (path.startsWith("/api/v1/dead-letters")) {
                    assertTrue(!combined.path("paths").has(path), path + " is for admins, not in the public API");
                    return;
                }
                JsonNode item = combined.path("paths").path(path);
                assertEquals(
                        service + "-service",
                        item.path(CombinedApi.SERVICE_EXTENSION).asText(),
                        path);
                assertEquals(service + "-service", routeOf(path, routes), path + ": the ingress sends it elsewhere");
            });
        }
    }

    @Test
    void schemasOfTheSameNameThatDifferDoNotCombine() throws Exception {
        JsonNode project = read("project");
        ObjectNode other = (ObjectNode) read("review").deepCopy();
        ObjectNode problem =
                (ObjectNode) other.path("components").path("schemas").path("Problem");
        problem.put("description", "another problem");
        Map<String, JsonNode> documents = new LinkedHashMap<>();
        documents.put("project", project);
        documents.put("review", other);

        IllegalStateException e = assertThrows(IllegalStateException.class, () -> CombinedApi.combine(documents));

        assertTrue(e.getMessage().contains("Problem of review-service differs"), e.getMessage());
    }

    @Test
    void nestedTypesTakeTheirOwnersName() throws Exception {
        JsonNode schemas = read("combined").path("components").path("schemas");
        List<String> numbered = new ArrayList<>();
        schemas.fieldNames().forEachRemaining(name -> {
            if (name.matches("\\D+\\d+") && !name.equals("Level1")) {
                numbered.add(name);
            }
        });
        assertEquals(List.of(), numbered, "names a client cannot tell apart");
        assertTrue(schemas.has("ImportedEvaluationRow") && schemas.has("EvaluationViewRow"), schemas.toString());
    }

    @ParameterizedTest(name = "Redocly lint passes on {0}")
    @ValueSource(strings = {"project", "indicator", "review", "evaluation", "combined"})
    void redoclyLintPasses(String document) throws Exception {
        Result lint = lint(file(document));
        assertEquals(0, lint.code(), lint.output());
    }

    @Test
    void redoclyLintFailsOnAnOperationWithoutIdOrErrors() throws Exception {
        ObjectNode broken = (ObjectNode) read("project").deepCopy();
        ObjectNode get =
                (ObjectNode) broken.path("paths").path("/api/v1/projects/{id}").path("get");
        get.remove("operationId");
        ObjectNode responses = (ObjectNode) get.path("responses");
        List.of("400", "401", "403", "404").forEach(responses::remove);
        Path file = Files.createTempFile(Path.of("target").toAbsolutePath(), "broken", ".json");
        JSON.writeValue(file.toFile(), broken);

        Result lint = lint(file);

        assertNotEquals(0, lint.code(), lint.output());
        assertTrue(lint.output().contains("operation-operationId"), lint.output());
        assertTrue(lint.output().contains("operation-4xx-response"), lint.output());
    }

    private static Result lint(Path document) throws Exception {
        assumeTrue(onPath("node") && onPath("npm"), "Node.js is not installed: the Redocly lint is skipped");
        if (!Files.isDirectory(LINT.resolve("node_modules/@redocly/cli"))) {
            Result npm = run(LINT, "npm", "ci", "--no-audit", "--no-fund");
            assertEquals(0, npm.code(), "npm ci in api-docs/lint failed:\n" + npm.output());
        }
        return run(
                LINT,
                "npx",
                "--no-install",
                "redocly",
                "lint",
                "--config",
                "redocly.yaml",
                "--format",
                "stylish",
                document.toString());
    }

    /** Path prefix → service, from the ingress the production overlay applies. */
    private static Map<String, String> ingressRoutes() throws Exception {
        String ingress = Files.readString(ROOT.resolve("deploy/k8s/base/ingress.yaml"));
        Matcher m = Pattern.compile("path: (/\\S+), pathType: Prefix, backend: \\{ service: \\{ name: ([a-z-]+)")
                .matcher(ingress);
        Map<String, String> routes = new LinkedHashMap<>();
        while (m.find()) {
            routes.put(m.group(1), m.group(2));
        }
        return routes;
    }

    /** The longest matching prefix wins, as in the ingress controller. */
    private static String routeOf(String path, Map<String, String> routes) {
        return routes.entrySet().stream()
                .filter(r -> path.equals(r.getKey()) || path.startsWith(r.getKey() + "/"))
                .max((a, b) -> Integer.compare(a.getKey().length(), b.getKey().length()))
                .map(Map.Entry::getValue)
                .orElse("no route");
    }

    private static JsonNode read(String document) throws Exception {
        return JSON.readTree(file(document).toFile());
    }

    private static Path file(String document) {
        return document.equals("combined") ? COMBINED : CombinedApi.serviceDocument(ROOT, document);
    }
}
