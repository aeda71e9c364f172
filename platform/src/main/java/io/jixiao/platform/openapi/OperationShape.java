package io.jixiao.platform.openapi;

import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/** One operation of the document with the facts the documentation rules ask about it. */
record OperationShape(String path, PathItem.HttpMethod method, Operation operation) {

    boolean isRead() {
        return method == PathItem.HttpMethod.GET;
    }

    boolean isWrite() {
        return method == PathItem.HttpMethod.POST
                || method == PathItem.HttpMethod.PUT
                || method == PathItem.HttpMethod.DELETE
                || method == PathItem.HttpMethod.PATCH;
    }

    /** Open to everyone (信息公开): no token asked, so no 401 or 403. */
    boolean isPublic() {
        return operation.getSecurity() == null || operation.getSecurity().isEmpty();
    }

    boolean hasPathParameters() {
        return path.contains("{");
    }

    boolean hasParameters() {
        return hasPathParameters() || !parameters().isEmpty();
    }

    boolean hasBody() {
        return operation.getRequestBody() != null;
    }

    boolean hasHeaderParameter(String name) {
        return parameters().stream()
                .anyMatch(p -> p.getIn() == Parameter.In.HEADER && name.equalsIgnoreCase(p.getName()));
    }

    List<Parameter> parameters() {
        return operation.getParameters() == null ? List.of() : operation.getParameters();
    }

    /** The success answer (the lowest 2xx), if the operation documents one. */
    Optional<String> successCode() {
        if (operation.getResponses() == null) {
            return Optional.empty();
        }
        return operation.getResponses().getAPIResponses().keySet().stream()
                .filter(code -> code.startsWith("2"))
                .sorted()
                .findFirst();
    }

    Optional<APIResponse> success() {
        return successCode().map(code -> operation.getResponses().getAPIResponse(code));
    }

    String id() {
        return operation.getOperationId() == null ? method + " " + path : operation.getOperationId();
    }
}
