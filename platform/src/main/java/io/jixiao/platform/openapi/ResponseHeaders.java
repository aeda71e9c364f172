package io.jixiao.platform.openapi;

import static org.eclipse.microprofile.openapi.models.media.Schema.SchemaType.INTEGER;
import static org.eclipse.microprofile.openapi.models.media.Schema.SchemaType.STRING;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * The validators and paging headers the platform's filters send ({@code io.jixiao.platform.web.EntityTags},
 * {@code PagingHeaders}), written into the document so a client knows it may poll with If-None-Match, send
 * If-Match, and follow the next page.
 */
final class ResponseHeaders {
    private ResponseHeaders() {}

    static void document(OperationShape op) {
        op.success().ifPresent(success -> {
            if (op.isRead() && hasJson(success)) {
                success.addHeader(
                        "ETag", header("the version of this answer; send it back as If-None-Match", "\"3q2-7w\""));
                addIfNoneMatch(op);
                op.operation()
                        .getResponses()
                        .addAPIResponse(
                                "304",
                                OASFactory.createAPIResponse()
                                        .description("Not modified: the copy named by If-None-Match is still current")
                                        .addHeader("ETag", header("the unchanged version", "\"3q2-7w\"")));
                if (isPage(success)) {
                    success.addHeader(
                            "X-Total-Count",
                            OASFactory.createHeader()
                                    .description("matches over all pages (also the page's total field)")
                                    .schema(OASFactory.createSchema()
                                            .addType(INTEGER)
                                            .format("int64")));
                    success.addHeader(
                            "Link",
                            header(
                                    "the next page's URL with rel=\"next\", when there is one",
                                    "</api/v1/target-tables?page=1&size=20>; rel=\"next\""));
                }
            }
            if ("201".equals(op.successCode().orElse(""))) {
                success.addHeader(
                        "Location",
                        header("the URL of what was created", "/api/v1/projects/6f1c0e0a-5a4e-4c63-9b7e-2f0f6d3b8a11"));
            }
        });
    }

    private static void addIfNoneMatch(OperationShape op) {
        if (op.hasHeaderParameter("If-None-Match")) {
            return;
        }
        op.operation()
                .addParameter(OASFactory.createParameter()
                        .name("If-None-Match")
                        .in(Parameter.In.HEADER)
                        .description("the ETag of the copy you have: 304 Not Modified while it is current")
                        .schema(OASFactory.createSchema().addType(STRING)));
    }

    private static Header header(String description, String example) {
        return OASFactory.createHeader()
                .description(description)
                .schema(OASFactory.createSchema().addType(STRING))
                .example(example);
    }

    private static boolean hasJson(APIResponse response) {
        return response.getContent() != null && response.getContent().hasMediaType("application/json");
    }

    private static boolean isPage(APIResponse response) {
        var schema = response.getContent().getMediaType("application/json").getSchema();
        return schema != null && schema.getRef() != null && schema.getRef().contains("/PageResult");
    }
}
