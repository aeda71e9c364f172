package io.jixiao.evaluation.publication;

import io.jixiao.platform.web.PageResult;
import jakarta.annotation.security.PermitAll;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/public/evaluations")
@Tag(name = "public", description = "信息公开: what units have published, for everyone")
@PermitAll
public class PublicResultResource {
    private final PublishedResults results;

    PublicResultResource(PublishedResults results) {
        this.results = results;
    }

    @GET
    @Operation(
            operationId = "listPublishedResults",
            summary = "The self-evaluation results of a closed fiscal year (自评结果公开), by unit and project",
            description = "Only results the year close made final; a year still open shows none.")
    public PageResult<PublishedResult> list(
            @Parameter(description = "预算年度", example = "2020", required = true)
                    @QueryParam("fiscalYear")
                    @NotNull(message = "is required")
                    Integer fiscalYear,
            @Parameter(description = "an organisation and everything below it", example = "410100")
                    @QueryParam("orgCode")
                    String orgCode,
            @QueryParam("page")
                    @DefaultValue("0")
                    @Min(value = 0, message = "must be 0 or more")
                    @Max(value = 100_000, message = "must be at most 100000")
                    int page,
            @QueryParam("size")
                    @DefaultValue("50")
                    @Min(value = 1, message = "must be at least 1")
                    @Max(value = 500, message = "must be at most 500")
                    int size) {
        return results.list(fiscalYear, orgCode, page, size);
    }
}
