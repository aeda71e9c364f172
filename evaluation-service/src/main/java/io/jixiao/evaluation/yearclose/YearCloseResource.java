package io.jixiao.evaluation.yearclose;

import io.jixiao.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/year-closes")
@Tag(name = "year close", description = "年度关闭: finalising a fiscal year's evaluations, with progress")
@RolesAllowed({Roles.ADMIN, Roles.AUDITOR, Roles.FINANCE_REVIEWER})
public class YearCloseResource {
    private final YearCloseService closes;

    YearCloseResource(YearCloseService closes) {
        this.closes = closes;
    }

    @GET
    @Operation(
            operationId = "listYearCloses",
            summary = "The close jobs of a fiscal year, newest first",
            description =
                    "年度关闭: the close jobs of a year with their progress; a finance reviewer sees the jobs of their region.")
    public List<YearCloseView> list(
            @Parameter(example = "2021") @QueryParam("fiscalYear") @NotNull(message = "is required")
                    Integer fiscalYear) {
        return closes.list(fiscalYear);
    }

    @GET
    @Path("{id}")
    @Operation(
            operationId = "getYearClose",
            summary = "One close job: status, done, total, percent",
            description =
                    "A close job's status (RUNNING, COMPLETED), how many self-evaluations it has finalised of how many, and when it started and ended.")
    public YearCloseView get(@PathParam("id") UUID id) {
        return closes.get(id);
    }
}
