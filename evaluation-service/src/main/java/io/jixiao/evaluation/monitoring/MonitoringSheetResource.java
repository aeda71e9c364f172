package io.jixiao.evaluation.monitoring;

import io.jixiao.platform.security.Caller;
import io.jixiao.platform.security.Roles;
import io.jixiao.platform.web.PageResult;
import io.jixiao.platform.web.Preconditions;
import io.jixiao.rules.monitoring.Light;
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
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/monitoring-sheets")
@Tag(name = "monitoring")
@RolesAllowed({Roles.ADMIN, Roles.AUDITOR, Roles.FINANCE_REVIEWER, Roles.DEPT_REVIEWER, Roles.UNIT_STAFF})
public class MonitoringSheetResource {
    private static final String IF_MATCH = "the ETag you read; 412 when it changed since";

    private final SheetService sheets;
    private final Preconditions preconditions;
    private final Caller caller;

    MonitoringSheetResource(SheetService sheets, Preconditions preconditions, Caller caller) {
        this.sheets = sheets;
        this.preconditions = preconditions;
        this.caller = caller;
    }

    @GET
    @Operation(
            operationId = "listMonitoringSheets",
            summary = "The monitoring sheets of the caller's subtree, by unit and project",
            description = "绩效运行监控表 filtered by round, status, light (GREEN, YELLOW, RED) or organisation.")
    public PageResult<SheetView> list(
            @QueryParam("roundId") UUID roundId,
            @QueryParam("status") SheetStatus status,
            @QueryParam("light") Light light,
            @QueryParam("orgCode") @Parameter(description = "only this organisation's subtree") String orgCode,
            @QueryParam("page")
                    @DefaultValue("0")
                    @Min(value = 0, message = "must be 0 or more")
                    @Max(value = 100_000, message = "must be at most 100000")
                    int page,
            @QueryParam("size")
                    @DefaultValue("20")
                    @Min(value = 1, message = "must be at least 1")
                    @Max(value = 200, message = "must be at most 200")
                    int size) {
        return sheets.list(caller, roundId, status, light, orgCode, page, size);
    }

    @GET
    @Path("{id}")
    @Operation(
            operationId = "getMonitoringSheet",
            summary = "One monitoring sheet with its rows and lights",
            description =
                    "绩效运行监控表: the approved targets with what the unit entered (当前完成值, 全年预计完成值, 完成目标可能性, 偏差原因, 纠偏措施), each row's progress and light, budget execution against time progress, status and the finance bureau's measure.")
    public SheetView get(@PathParam("id") UUID id) {
        return sheets.get(id, caller);
    }

    @PUT
    @Path("{id}")
    @RolesAllowed({Roles.ADMIN, Roles.UNIT_STAFF})
    @Operation(
            operationId = "fillMonitoringSheet",
            summary = "Enter execution to date and each indicator's progress; answers with the new lights",
            description =
                    "The unit enters 执行数 to date and, per indicator, 当前完成值, 全年预计完成值, 完成目标可能性 and, where it lags, 偏差原因 (category and words) and 纠偏措施, while DRAFT or RETURNED. Answers with the lights they make.")
    public SheetView fill(
            @PathParam("id") UUID id,
            @Valid @NotNull(message = "a JSON body is required") SheetInput input,
            @Parameter(description = IF_MATCH) @HeaderParam("If-Match") String ifMatch) {
        preconditions.ifMatch(ifMatch, () -> sheets.get(id, caller));
        return sheets.fill(id, input, caller);
    }

    @POST
    @Path("{id}/submit")
    @RolesAllowed({Roles.ADMIN, Roles.UNIT_STAFF})
    @Operation(
            operationId = "submitMonitoringSheet",
            summary = "Submit for review (department, then finance bureau); emits monitoring.submitted.v1",
            description =
                    "Refused (400) while a row lacks its likelihood, or a lagging row (yellow or red) its deviation cause, reason or corrective measure.")
    public SheetView submit(
            @PathParam("id") UUID id, @Parameter(description = IF_MATCH) @HeaderParam("If-Match") String ifMatch) {
        preconditions.ifMatch(ifMatch, () -> sheets.get(id, caller));
        return sheets.submit(id, caller);
    }
}
