package io.jixiao.platform.openapi;

import io.jixiao.platform.problem.Problem;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * The error answers an operation can give, derived from its shape the way the platform produces them: a token is
 * checked on every non-public operation (401, 403), a path id may name nothing the caller can see (404), parameters
 * and bodies are validated (400), bodies are limited and typed (413, 415), writes meet states and duplicates (409)
 * and, given {@code If-Match}, a newer version (412). Answers an operation declares itself (a 422 of an import) keep
 * their words; every error gets the problem+json body.
 */
final class ErrorAnswers {
    private record Answer(String title, String description, String detail) {}

    private static final Map<Integer, Answer> ANSWERS = Map.of(
            400,
                    new Answer(
                            "Invalid request",
                            "The request is invalid: each wrong field is named in violations",
                            "name: must not be blank"),
            401, new Answer("Unauthenticated", "No valid bearer token", "A valid bearer token is required"),
            403,
                    new Answer(
                            "Forbidden",
                            "The caller's role does not allow this",
                            "Your role does not allow this action"),
            404,
                    new Answer(
                            "Not found",
                            "Nothing with this id in the caller's organisation (others' ids answer the same)",
                            "target table 6f1c0e0a-5a4e-4c63-9b7e-2f0f6d3b8a11 was not found"),
            409,
                    new Answer(
                            "Conflict",
                            "The resource's state does not allow this now, or it exists already",
                            "the table is SUBMITTED; only DRAFT, RETURNED or ADJUSTING tables can be changed"),
            412,
                    new Answer(
                            "Precondition failed",
                            "If-Match names a version older than the current one: read it again",
                            "the resource changed since the version in If-Match"),
            413,
                    new Answer(
                            "Content too large",
                            "The body is larger than the service accepts",
                            "The request body has 20000000 bytes; at most 16777216 bytes are accepted"),
            415,
                    new Answer(
                            "Unsupported media type",
                            "The body's Content-Type is not one this operation reads",
                            "Content-Type text/xml is not accepted here"),
            422,
                    new Answer(
                            "Unprocessable content",
                            "The document was read but holds nothing to import",
                            "no 绩效目标表 was found in the text"));

    private ErrorAnswers() {}

    static void document(OperationShape op) {
        APIResponses responses = op.operation().getResponses();
        if (responses == null) {
            responses = OASFactory.createAPIResponses();
            op.operation().setResponses(responses);
        }
        for (int status : statusesOf(op)) {
            APIResponse response = responses.getAPIResponse(String.valueOf(status));
            if (response == null) {
                response = OASFactory.createAPIResponse()
                        .description(ANSWERS.get(status).description());
                responses.addAPIResponse(String.valueOf(status), response);
            } else if (response.getDescription() == null
                    || response.getDescription().startsWith("Not ")) {
                response.setDescription(ANSWERS.get(status).description()); // "Not Authorized", "Not Allowed"
            }
            if (response.getContent() == null || !response.getContent().hasMediaType(Problem.MEDIA_TYPE)) {
                response.setContent(OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE, problemBody(status)));
            }
        }
    }

    /** Every error status the operation can answer, lowest first. */
    static List<Integer> statusesOf(OperationShape op) {
        java.util.TreeSet<Integer> statuses = new java.util.TreeSet<>();
        op.operation().getResponses().getAPIResponses().keySet().stream()
                .filter(code -> code.matches("4\\d\\d"))
                .map(Integer::valueOf)
                .filter(ANSWERS::containsKey)
                .forEach(statuses::add);
        if (!op.isPublic()) {
            statuses.add(401);
            statuses.add(403);
        }
        if (op.hasParameters() || op.hasBody()) {
            statuses.add(400);
        }
        if (op.hasPathParameters()) {
            statuses.add(404);
        }
        if (op.hasBody()) {
            statuses.add(413);
            statuses.add(415);
        }
        if (op.isWrite()) {
            statuses.add(409);
        }
        if (op.hasHeaderParameter("If-Match")) {
            statuses.add(412);
        }
        return List.copyOf(statuses);
    }

    private static org.eclipse.microprofile.openapi.models.media.MediaType problemBody(int status) {
        Answer answer = ANSWERS.get(status);
        Map<String, Object> example = new LinkedHashMap<>();
        example.put("type", typeOf(status));
        example.put("title", answer.title());
        example.put("status", status);
        example.put("detail", answer.detail());
        if (status == 400) {
            example.put("violations", List.of(Map.of("field", "name", "message", "must not be blank")));
        }
        return OASFactory.createMediaType()
                .schema(OASFactory.createSchema().ref(ProblemSchemas.PROBLEM_REF))
                .example(example);
    }

    private static String typeOf(int status) {
        return status == 422
                ? "https://jixiao.io/problems/not-a-target-table"
                : Problem.of(status, "", "").type();
    }
}
