package io.jixiao.project.project;

import io.jixiao.platform.security.Caller;
import io.jixiao.platform.security.Roles;
import io.jixiao.platform.web.PageResult;
import io.jixiao.platform.web.Preconditions;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/projects")
@Tag(name = "projects", description = "项目申报: registration header, cost breakdown, budget execution")
public class ProjectResource {
    private final ProjectService projects;
    private final Preconditions preconditions;
    private final Caller caller;

    ProjectResource(ProjectService projects, Caller caller, Preconditions preconditions) {

        this.preconditions = preconditions;
        this.projects = projects;
        this.caller = caller;
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.AUDITOR, Roles.FINANCE_REVIEWER, Roles.DEPT_REVIEWER, Roles.UNIT_STAFF})
    @Operation(
            operationId = "listProjects",
            summary = "The projects of the caller's subtree, filtered, sorted and paged",
            description =
                    "Filter by fiscal year, organisation subtree, name (q) or sourceRef; sort by name, fiscalYear, createdAt, totalAmount or orgCode; page through with page and size.")
    public PageResult<ProjectSummary> list(
            @Parameter(description = "预算年度", example = "2021") @QueryParam("fiscalYear") Integer fiscalYear,
            @Parameter(description = "an organisation and everything below it", example = "197001")
                    @QueryParam("orgCode")
                    String orgCode,
            @Parameter(description = "part of the project name", example = "帮扶") @QueryParam("q") String q,
            @Parameter(description = "the sourceRef given at registration", example = "seed-000")
                    @QueryParam("sourceRef")
                    String sourceRef,
            @Parameter(
                            description =
                                    "name, fiscalYear, createdAt, totalAmount or orgCode; - for descending; comma-separated",
                            example = "-createdAt")
                    @QueryParam("sort")
                    String sort,
            @QueryParam("page")
                    @DefaultValue("0")
                    @Min(value = 0, message = "must be 0 or more")
                    @jakarta.validation.constraints.Max(value = 100_000, message = "must be at most 100000")
                    int page,
            @QueryParam("size")
                    @DefaultValue("20")
                    @Min(value = 1, message = "must be at least 1")
                    @Max(value = 200, message = "must be at most 200")
                    int size) {
        return projects.list(caller, fiscalYear, orgCode, q, sourceRef, sort, page, size);
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.ADMIN, Roles.AUDITOR, Roles.FINANCE_REVIEWER, Roles.DEPT_REVIEWER, Roles.UNIT_STAFF})
    @Operation(
            operationId = "getProject",
            summary = "One project; 404 when it belongs outside the caller's subtree",
            description =
                    "The project's header, cost items and budget execution (年初预算数 / 全年预算数 / 全年执行数) as last recorded.")
    public ProjectView get(@PathParam("id") UUID id) {
        return projects.get(id, caller);
    }

    @POST
    @RolesAllowed({Roles.ADMIN, Roles.UNIT_STAFF})
    @Operation(
            operationId = "registerProject",
            summary = "Register a project; emits project.registered.v1",
            description =
                    "项目申报: a unit's spending project with its header as printed on the target table (amounts in 元, at most two decimals; amountUnit keeps the unit the form was written in) and its cost breakdown (成本测算). Unit staff register for their own unit.")
    @APIResponse(
            responseCode = "201",
            description = "registered",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = ProjectView.class)))
    @APIResponse(responseCode = "400", description = "invalid fields, listed in violations")
    @APIResponse(responseCode = "409", description = "the sourceRef is already registered")
    public Response register(@Valid @NotNull(message = "a JSON body is required") ProjectInput input) {
        ProjectView created = projects.register(input, caller);
        return Response.created(URI.create("/api/v1/projects/" + created.id))
                .entity(created)
                .build();
    }

    @PUT
    @Path("{id}")
    @RolesAllowed({Roles.ADMIN, Roles.UNIT_STAFF})
    @Operation(
            operationId = "updateProject",
            summary = "Replace a project's header and cost breakdown; emits project.updated.v1",
            description =
                    "Replaces the header and the cost items. Send the version you read (or If-Match with the ETag): a newer one answers 409 (412 for If-Match).")
    public ProjectView update(
            @PathParam("id") UUID id,
            @Valid @NotNull(message = "a JSON body is required") ProjectInput input,
            @Parameter(description = "the ETag you read; 412 when it changed since") @HeaderParam("If-Match")
                    String ifMatch) {
        preconditions.ifMatch(ifMatch, () -> projects.get(id, caller));
        return projects.update(id, input, caller);
    }

    @PUT
    @Path("{id}/budget-execution")
    @RolesAllowed({Roles.ADMIN, Roles.UNIT_STAFF, Roles.FINANCE_REVIEWER})
    @Operation(
            operationId = "setBudgetExecution",
            summary = "Record 年初预算数 / 全年预算数 / 全年执行数; emits project.budget-executed.v1",
            description =
                    "Unit staff enter their own project's figures; a finance bureau (its people or its system with the"
                            + " client-credentials grant) pushes the figures of projects in its region, and those win: afterwards"
                            + " the unit's own entry answers 409. Each change keeps who sent it and when.")
    public ProjectView budgetExecution(
            @PathParam("id") UUID id,
            @Valid @NotNull(message = "a JSON body is required") BudgetExecution budget,
            @Parameter(description = "the ETag you read; 412 when it changed since") @HeaderParam("If-Match")
                    String ifMatch) {
        preconditions.ifMatch(ifMatch, () -> projects.get(id, caller));
        return projects.recordBudgetExecution(id, budget, caller);
    }
}
