package io.jixiao.evaluation.monitoring;

import io.jixiao.platform.security.Caller;
import io.jixiao.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/monitoring-rounds")
@Tag(name = "monitoring", description = "绩效运行监控: rounds, sheets, traffic lights, finance measures")
@RolesAllowed({Roles.ADMIN, Roles.AUDITOR, Roles.FINANCE_REVIEWER, Roles.DEPT_REVIEWER, Roles.UNIT_STAFF})
public class MonitoringRoundResource {
    private final RoundService rounds;
    private final Caller caller;

    MonitoringRoundResource(RoundService rounds, Caller caller) {
        this.rounds = rounds;
        this.caller = caller;
    }

    @POST
    @RolesAllowed({Roles.ADMIN, Roles.FINANCE_REVIEWER})
    @Operation(
            operationId = "openMonitoringRound",
            summary = "Open a monitoring round: a sheet for every approved table of the year in the region",
            description =
                    "绩效运行监控: a finance bureau (or an admin) calls for monitoring sheets for a fiscal year and a period (months 1 to monthsPassed) with a deadline. Every approved annual target table of the year under scopeOrgCode gets a sheet with its indicators and targets and project-service's latest budget figures. Lights compare execution and target progress with time progress: up to yellowGap points behind is green, up to redGap yellow, further red. Emits monitoring.round-opened.v1.")
    @APIResponse(
            responseCode = "201",
            description = "opened",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = RoundView.class)))
    public Response open(@Valid @NotNull(message = "a JSON body is required") RoundInput input) {
        RoundView opened = rounds.open(input, caller);
        return Response.created(URI.create("/api/v1/monitoring-rounds/" + opened.id()))
                .entity(opened)
                .build();
    }

    @GET
    @Operation(
            operationId = "listMonitoringRounds",
            summary = "The monitoring rounds over or under the caller's organisation, newest first",
            description =
                    "监控批次 the caller may see: rounds opened over its subtree, and rounds over it that hold one of its sheets; newest first, filtered by fiscal year.")
    public List<RoundView> list(@QueryParam("fiscalYear") Integer fiscalYear) {
        return rounds.list(fiscalYear, caller);
    }

    @GET
    @Path("{id}")
    @Operation(
            operationId = "getMonitoringRound",
            summary = "One monitoring round",
            description =
                    "A monitoring round: year, period, deadline, time progress, light thresholds and the number of sheets it prepared.")
    public RoundView get(@PathParam("id") UUID id) {
        return rounds.get(id, caller);
    }

    @GET
    @Path("{id}/summary")
    @Operation(
            operationId = "getMonitoringSummary",
            summary = "A round in figures: sheets by light and status, lagging projects, execution by unit",
            description =
                    "监控汇总 over the sheets the caller sees: counts by light (红黄绿灯) and status, the projects with a yellow or red light (red first) and how many of their indicators lag, and each unit's budget execution against time progress.")
    public MonitoringSummary summary(@PathParam("id") UUID id) {
        return rounds.summary(id, caller);
    }
}
