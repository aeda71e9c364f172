package io.jixiao.platform.openapi;

import static org.eclipse.microprofile.openapi.models.media.Schema.SchemaType.ARRAY;
import static org.eclipse.microprofile.openapi.models.media.Schema.SchemaType.INTEGER;
import static org.eclipse.microprofile.openapi.models.media.Schema.SchemaType.OBJECT;
import static org.eclipse.microprofile.openapi.models.media.Schema.SchemaType.STRING;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.media.Schema;

/** The one definition of {@code Problem} (RFC 9457) and its {@code Violation}, the body of every error answer. */
final class ProblemSchemas {
    static final String PROBLEM_REF = "#/components/schemas/Problem";

    private ProblemSchemas() {}

    static void addTo(Components components) {
        components.addSchema("Violation", violation());
        components.addSchema("Problem", problem());
    }

    private static Schema violation() {
        return OASFactory.createSchema()
                .addType(OBJECT)
                .description("One invalid field of the request")
                .addProperty(
                        "field",
                        text("where: a JSON path such as indicators[2].target, or a parameter name")
                                .example("indicators[2].target"))
                .addProperty(
                        "message",
                        text("what is wrong, in words a person understands").example("must not be blank"))
                .addRequired("field")
                .addRequired("message");
    }

    private static Schema problem() {
        return OASFactory.createSchema()
                .addType(OBJECT)
                .description("RFC 9457 problem details: the body of every error answer (application/problem+json)")
                .addProperty(
                        "type",
                        text("a URI naming the kind of problem").example("https://jixiao.io/problems/invalid-request"))
                .addProperty("title", text("the kind of problem, short").example("Invalid request"))
                .addProperty(
                        "status",
                        OASFactory.createSchema()
                                .addType(INTEGER)
                                .format("int32")
                                .description("the HTTP status")
                                .example(400))
                .addProperty("detail", text("what happened in this request").example("name: must not be blank"))
                .addProperty(
                        "violations",
                        OASFactory.createSchema()
                                .addType(ARRAY)
                                .description("each invalid field (400 only)")
                                .items(OASFactory.createSchema().ref("#/components/schemas/Violation")))
                .addRequired("type")
                .addRequired("title")
                .addRequired("status");
    }

    private static Schema text(String description) {
        return OASFactory.createSchema().addType(STRING).description(description);
    }
}
