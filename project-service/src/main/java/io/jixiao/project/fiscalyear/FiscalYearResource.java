package io.jixiao.project.fiscalyear;

import io.jixiao.platform.security.Caller;
import io.jixiao.platform.security.Roles;
import io.jixiao.platform.web.Preconditions;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/fiscal-years")
@Tag(name = "fiscal years", description = "预算年度: OPEN → CLOSED")
public class FiscalYearResource {
    private final FiscalYearService years;
    private final Preconditions preconditions;
    private final Caller caller;

    FiscalYearResource(FiscalYearService years, Caller caller, Preconditions preconditions) {

        this.preconditions = preconditions;
        this.years = years;
        this.caller = caller;
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.AUDITOR, Roles.FINANCE_REVIEWER, Roles.DEPT_REVIEWER, Roles.UNIT_STAFF})
    @Operation(
            operationId = "listFiscalYears",
            summary = "All fiscal years, newest first",
            description =
                    "Every fiscal year with its scope and status (OPEN or CLOSED), for choosing the year a project or a report belongs to.")
    public List<FiscalYearView> list() {
        return years.list();
    }

    @GET
    @Path("{year}")
    @RolesAllowed({Roles.ADMIN, Roles.AUDITOR, Roles.FINANCE_REVIEWER, Roles.DEPT_REVIEWER, Roles.UNIT_STAFF})
    @Operation(
            operationId = "getFiscalYear",
            summary = "One fiscal year",
            description =
                    "A year's status, scope and, once closed, who closed it and when. 404 for a year never opened.")
    public FiscalYearView get(@PathParam("year") int year) {
        return years.get(year);
    }

    @POST
    @RolesAllowed(Roles.ADMIN)
    @Operation(
            operationId = "openFiscalYear",
            summary = "Open a fiscal year (admin); emits fiscal-year.opened.v1",
            description =
                    "预算年度: opens a year for projects and target tables, nationally or for one finance bureau's region (scopeOrgCode). A year opened twice answers 409.")
    @APIResponse(
            responseCode = "201",
            description = "opened",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = FiscalYearView.class)))
    public Response open(@Valid @NotNull(message = "a JSON body is required") FiscalYearInput input) {
        return Response.status(Response.Status.CREATED)
                .entity(years.open(input))
                .build();
    }

    @POST
    @Path("{year}/close")
    @RolesAllowed({Roles.ADMIN, Roles.FINANCE_REVIEWER})
    @Operation(
            operationId = "closeFiscalYear",
            summary =
                    "Close a fiscal year; emits fiscal-year.closed.v1 once. Closing a closed year changes nothing and answers alreadyClosed=true",
            description =
                    "年度关闭 is irreversible and finalises the year's evaluations in its scope. Admins close any year; a"
                            + " finance reviewer (person or machine client) only a year scoped to its own region (403 otherwise).")
    public FiscalYearView close(
            @PathParam("year") int year,
            @Parameter(description = "the ETag you read; 412 when it changed since") @HeaderParam("If-Match")
                    String ifMatch) {
        preconditions.ifMatch(ifMatch, () -> years.get(year));
        return years.close(year, caller);
    }
}
