package io.jixiao.indicator.table;

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
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/v1/target-tables")
@Tag(name = "target tables", description = "绩效目标表: indicators, submission, versions, adjustment")
@RolesAllowed({Roles.ADMIN, Roles.AUDITOR, Roles.FINANCE_REVIEWER, Roles.DEPT_REVIEWER, Roles.UNIT_STAFF})
public class TargetTableResource {
    private final TargetTableService tables;
    private final Preconditions preconditions;
    private final TableReads reads;
    private final Caller caller;

    TargetTableResource(TargetTableService tables, TableReads reads, Caller caller, Preconditions preconditions) {

        this.preconditions = preconditions;
        this.tables = tables;
        this.reads = reads;
        this.caller = caller;
    }

    @GET
    @Operation(
            operationId = "listTargetTables",
            summary = "The target tables of the caller's subtree, newest change first",
            description =
                    "绩效目标表 of the caller's subtree, filtered by fiscal year, organisation, status or project, newest change first.")
    public PageResult<TargetTableSummary> list(
            @Parameter(example = "2021") @QueryParam("fiscalYear") Integer fiscalYear,
            @Parameter(description = "an organisation and everything below it") @QueryParam("orgCode") String orgCode,
            @QueryParam("status") TableStatus status,
            @QueryParam("projectId") UUID projectId,
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
        return tables.list(caller, fiscalYear, orgCode, status, projectId, page, size);
    }

    @GET
    @Path("{id}")
    @Operation(
            operationId = "getTargetTable",
            summary = "One target table with its indicators, each target as written and as read",
            description = "Carries an ETag; send it back as If-None-Match to get 304 Not Modified while the table"
                    + " (and its project) are unchanged: cheap polling.")
    public RestResponse<TargetTableView> get(
            @PathParam("id") UUID id,
            @Parameter(description = "the ETag of the copy you have") @HeaderParam("If-None-Match")
                    String ifNoneMatch) {
        TableReads.Read read = reads.get(id, caller, ifNoneMatch);
        return read.view() == null
                ? RestResponse.ResponseBuilder.<TargetTableView>notModified()
                        .header(HttpHeaders.ETAG, read.etag())
                        .build()
                : RestResponse.ResponseBuilder.ok(read.view())
                        .header(HttpHeaders.ETAG, read.etag())
                        .build();
    }

    @POST
    @RolesAllowed({Roles.ADMIN, Roles.UNIT_STAFF})
    @Operation(
            operationId = "createTargetTable",
            summary = "Create a DRAFT target table for a project of the caller's unit",
            description =
                    "绩效目标表: the project's goals (年度目标, and 总体目标 for mid-term tables) and its indicators (一级/二级/三级 with the target as written, e.g. ≥95%). Each target is parsed and kept beside the text. The project must be known to this service already (it arrives through Kafka after registration).")
    @APIResponse(
            responseCode = "201",
            description = "created as DRAFT",
            content =
                    @Content(mediaType = "application/json", schema = @Schema(implementation = TargetTableView.class)))
    public Response create(@Valid @NotNull(message = "a JSON body is required") TargetTableInput input) {
        TargetTableView created = tables.create(input, caller);
        return Response.created(URI.create("/api/v1/target-tables/" + created.id()))
                .entity(created)
                .build();
    }

    @PUT
    @Path("{id}")
    @RolesAllowed({Roles.ADMIN, Roles.UNIT_STAFF})
    @Operation(
            operationId = "updateTargetTable",
            summary = "Replace goals and indicators while DRAFT, RETURNED or ADJUSTING; 409 once submitted or approved",
            description =
                    "Replaces goals and indicators of an editable table (DRAFT, RETURNED, ADJUSTING). Send revision (or If-Match): a stale one answers 409 (412).")
    public TargetTableView update(
            @PathParam("id") UUID id,
            @Valid @NotNull(message = "a JSON body is required") TargetTableInput input,
            @Parameter(description = "the ETag you read; 412 when it changed since") @HeaderParam("If-Match")
                    String ifMatch) {
        preconditions.ifMatchTag(ifMatch, () -> reads.get(id, caller, null).etag());
        return tables.update(id, input, caller);
    }

    @POST
    @Path("{id}/submit")
    @RolesAllowed({Roles.ADMIN, Roles.UNIT_STAFF})
    @Operation(
            operationId = "submitTargetTable",
            summary =
                    "Submit for review: runs the completeness checks, stores a new version, emits target-table.submitted.v1",
            description =
                    "送审: checks completeness (every 一级 present, targets readable, units written), stores an immutable version and emits target-table.submitted.v1; review-service opens the department's task.")
    public TargetTableView submit(
            @PathParam("id") UUID id,
            @Parameter(description = "the ETag you read; 412 when it changed since") @HeaderParam("If-Match")
                    String ifMatch) {
        preconditions.ifMatchTag(ifMatch, () -> reads.get(id, caller, null).etag());
        return tables.submit(id, caller);
    }

    @POST
    @Path("{id}/adjust")
    @RolesAllowed({Roles.ADMIN, Roles.UNIT_STAFF})
    @Operation(
            operationId = "startTargetTableAdjustment",
            summary = "Start an adjustment (调整) of approved targets; the approved version stays readable",
            description =
                    "调整: opens an APPROVED table for changes; the approved version stays in force and readable until the adjustment is approved.")
    public TargetTableView adjust(
            @PathParam("id") UUID id,
            @Parameter(description = "the ETag you read; 412 when it changed since") @HeaderParam("If-Match")
                    String ifMatch) {
        preconditions.ifMatchTag(ifMatch, () -> reads.get(id, caller, null).etag());
        return tables.startAdjustment(id, caller);
    }

    @POST
    @Path("{id}/publish")
    @RolesAllowed({Roles.ADMIN, Roles.UNIT_STAFF})
    @Operation(
            operationId = "publishTargetTable",
            summary = "Publish approved targets (信息公开): readable by everyone under /api/v1/public/target-tables",
            description =
                    "信息公开: makes the approved version public. A later adjustment does not change what is published until it is approved and published again.")
    public TargetTableView publish(
            @PathParam("id") UUID id,
            @Parameter(description = "the ETag you read; 412 when it changed since") @HeaderParam("If-Match")
                    String ifMatch) {
        preconditions.ifMatchTag(ifMatch, () -> reads.get(id, caller, null).etag());
        return tables.publish(id, caller);
    }

    @GET
    @Path("{id}/versions")
    @Operation(
            operationId = "listTargetTableVersions",
            summary = "Every submitted version with its review outcome",
            description =
                    "Every submitted version of the table with its review outcome (APPROVED, RETURNED) and kind (SUBMISSION, ADJUSTMENT).")
    public List<VersionSummary> versions(@PathParam("id") UUID id) {
        return tables.versions(id, caller);
    }

    @GET
    @Path("{id}/versions/{version}")
    @Operation(
            operationId = "getTargetTableVersion",
            summary = "The table exactly as it was submitted in that version",
            description = "A submitted version exactly as the reviewers saw it.")
    public TargetTableView version(@PathParam("id") UUID id, @PathParam("version") int version) {
        return tables.version(id, version, caller);
    }

    @GET
    @Path("{id}/changes")
    @Operation(
            operationId = "getTargetTableChanges",
            summary = "What changed between two versions: indicators added, removed, targets changed",
            description =
                    "Indicators added, removed and changed between two versions (from, to): what a reviewer looks at first.")
    public IndicatorChanges changes(
            @PathParam("id") UUID id,
            @Parameter(description = "the earlier version", required = true)
                    @QueryParam("from")
                    @NotNull(message = "is required")
                    Integer from,
            @Parameter(description = "the later version; omit for the table as it is now") @QueryParam("to")
                    Integer to) {
        return tables.changes(id, from, to, caller);
    }
}
