package io.jixiao.platform.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/** RFC 9457 problem details, the body of every error answer (docs/api-contract.md). */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(String type, String title, int status, String detail, List<Violation> violations) {
    public static final String MEDIA_TYPE = "application/problem+json";
    public static final MediaType PROBLEM_JSON = MediaType.valueOf(MEDIA_TYPE);

    /** One invalid field: a JSON path such as {@code costItems[2].amount} and a sentence a person understands. */
    public record Violation(String field, String message) {}

    public static Problem of(int status, String title, String detail) {
        return new Problem(typeFor(status), title, status, detail, List.of());
    }

    public static Problem invalid(String detail, List<Violation> violations) {
        return new Problem(typeFor(400), "Invalid request", 400, detail, violations);
    }

    public Response toResponse() {
        return Response.status(status).type(PROBLEM_JSON).entity(this).build();
    }

    static String typeFor(int status) {
        return switch (status) {
            case 400 -> "https://jixiao.io/problems/invalid-request";
            case 401 -> "https://jixiao.io/problems/unauthenticated";
            case 403 -> "https://jixiao.io/problems/forbidden";
            case 404 -> "https://jixiao.io/problems/not-found";
            case 409 -> "https://jixiao.io/problems/conflict";
            case 412 -> "https://jixiao.io/problems/precondition-failed";
            case 413 -> "https://jixiao.io/problems/body-too-large";
            case 415 -> "https://jixiao.io/problems/unsupported-media-type";
            default -> status >= 500 ? "https://jixiao.io/problems/server-error" : "about:blank";
        };
    }
}
