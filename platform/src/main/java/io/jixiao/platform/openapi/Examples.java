package io.jixiao.platform.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;

/**
 * Request and response examples kept beside each service as {@code openapi/examples/<operationId>.json}:
 * {@code {"request": …, "response": …, "responses": {"202": …}}} (a text body's example is a JSON string). Kept as files rather than in
 * annotations because they are whole bodies, copied from a real answer of the demo stack and checked against the
 * schemas by the lint in api-docs.
 */
final class Examples {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final ClassLoader loader;

    private Examples(ClassLoader loader) {
        this.loader = loader;
    }

    static Examples load(ClassLoader loader) {
        return new Examples(loader);
    }

    void document(OperationShape op) {
        String id = op.operation().getOperationId();
        if (id == null) {
            return;
        }
        JsonNode examples = read("openapi/examples/" + id + ".json");
        if (examples == null) {
            return;
        }
        if (examples.has("request") && op.hasBody()) {
            setExample(op.operation().getRequestBody().getContent(), examples.get("request"));
        }
        if (examples.has("response")) {
            op.success().ifPresent(success -> setExample(success.getContent(), examples.get("response")));
        }
        // an operation with two successes (an import: 200 for a dry run, 202 when saved) names the other by code
        examples.path("responses").fields().forEachRemaining(other -> {
            var response = op.operation().getResponses().getAPIResponse(other.getKey());
            if (response != null) {
                setExample(response.getContent(), other.getValue());
            }
        });
    }

    private static void setExample(Content content, JsonNode example) {
        if (content == null) {
            return;
        }
        for (Map.Entry<String, MediaType> media : content.getMediaTypes().entrySet()) {
            boolean text = media.getKey().startsWith("text/");
            boolean json = media.getKey().endsWith("json");
            if (text && example.isTextual()) {
                media.getValue().setExample(example.asText());
            } else if (json && !example.isTextual()) {
                media.getValue().setExample(JSON.convertValue(example, Object.class));
            }
        }
    }

    private JsonNode read(String resource) {
        try (InputStream in = loader.getResourceAsStream(resource)) {
            return in == null ? null : JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("the OpenAPI example " + resource + " is not JSON", e);
        }
    }
}
