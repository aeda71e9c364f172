package io.jixiao.platform.openapi;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;

/**
 * Completes every service's OpenAPI document while the service is built (so the stored document, the one served at
 * {@code /q/openapi} and the combined one in {@code api-docs} are the same): the error answers each operation can
 * really give (problem+json, one shared {@code Problem} schema), the validators and paging headers it sends, and the
 * request and response examples kept beside the service as {@code openapi/examples/<operationId>.json}.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class ApiDocumentation implements OASFilter {

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        Components components =
                openAPI.getComponents() == null ? OASFactory.createComponents() : openAPI.getComponents();
        openAPI.setComponents(components);
        PageSchemas.share(components);
        NullableProperties.allowIn(components);
        ProblemSchemas.addTo(components);
        if (openAPI.getPaths() == null) {
            return;
        }
        Examples examples = Examples.load(Thread.currentThread().getContextClassLoader());
        for (Map.Entry<String, PathItem> path :
                openAPI.getPaths().getPathItems().entrySet()) {
            for (Map.Entry<PathItem.HttpMethod, Operation> op :
                    path.getValue().getOperations().entrySet()) {
                OperationShape shape = new OperationShape(path.getKey(), op.getKey(), op.getValue());
                ErrorAnswers.document(shape);
                ResponseHeaders.document(shape);
                examples.document(shape);
            }
        }
    }
}
