package io.jixiao.evaluation.rectification;

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

@Path("/api/v1/rectifications")
@Tag(name = "rectifications", description = "问题整改: problems found in evaluated projects, the unit's measures, closing")
@RolesAllowed({Roles.ADMIN, Roles.AUDITOR, Roles.FINANCE_REVIEWER, Roles.DEPT_REVIEWER, Roles.UNIT_STAFF})
public class RectificationResource {
    private static final String IF_MATCH = "the ETag you read; 412 when it changed since";

    private final RectificationService rectifications;
    private final Preconditions preconditions;
    private final Caller caller;

    RectificationResource(RectificationService rectifications, Preconditions preconditions, Caller caller) {
        this.rectifications = rectifications;
        this.preconditions = preconditions;
        this.caller = caller;
    }

    @GET
    @Operation(
            operationId = "listRectifications",
            summary = "The rectification items of the caller's subtree, nearest deadline first",
            description =
                    "问题整改 of the caller's subtree, filtered by fiscal year, organisation, status, evaluation, or overdue (still OPEN after the deadline); nearest deadline first.")
    public PageResult<RectificationView> list(
            @QueryParam("fiscalYear") Integer fiscalYear,
            @QueryParam("orgCode") @Parameter(description = "only this organisation's subtree") String orgCode,
            @QueryParam("status") RectificationStatus status,
            @QueryParam("evaluationId") UUID evaluationId,
            @QueryParam("monitoringSheetId") UUID monitoringSheetId,
            @QueryParam("overdue") @Parameter(description = "true: only items still OPEN after their deadline")
                    boolean overdue,
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
        return rectifications.list(
                caller,
                new RectificationQuery(fiscalYear, orgCode, status, evaluationId, monitoringSheetId, overdue),
                page,
                size);
    }

    @GET
    @Path("{id}")
    @Operation(
            operationId = "getRectification",
            summary = "One rectification item with the unit's answer",
            description =
                    "A rectification item (问题整改): the problem, the requirement and deadline, whether it is overdue, the unit's measures and the reviewer's last word.")
    public RectificationView get(@PathParam("id") UUID id) {
        return rectifications.get(id, caller);
    }

    @POST
    @RolesAllowed({Roles.ADMIN, Roles.DEPT_REVIEWER, Roles.FINANCE_REVIEWER})
    @Operation(
            operationId = "raiseRectification",
            summary = "Raise a problem on an approved self-evaluation; emits rectification.raised.v1",
            description =
                    "问题整改: a reviewer above the unit records a problem found in an approved (or final) self-evaluation, what must be done and by when.")
    @APIResponse(
            responseCode = "201",
            description = "raised",
            content =
                    @Content(
                            mediaType = "application/json",
                            schema = @Schema(implementation = RectificationView.class)))
    public Response raise(@Valid @NotNull(message = "a JSON body is required") RectificationInput input) {
        RectificationView raised = rectifications.raise(input, caller);
        return Response.created(URI.create("/api/v1/rectifications/" + raised.id()))
                .entity(raised)
                .build();
    }

    @POST
    @Path("{id}/answer")
    @RolesAllowed({Roles.ADMIN, Roles.UNIT_STAFF})
    @Operation(
            operationId = "answerRectification",
            summary = "The unit's measures; emits rectification.answered.v1",
            description =
                    "整改措施: the unit answers an OPEN item (or corrects its answer while ANSWERED); evidence is uploaded to the item's evidence list.")
    public RectificationView answer(
            @PathParam("id") UUID id,
            @Valid @NotNull(message = "a JSON body is required") AnswerInput input,
            @Parameter(description = IF_MATCH) @HeaderParam("If-Match") String ifMatch) {
        preconditions.ifMatch(ifMatch, () -> rectifications.get(id, caller));
        return rectifications.answer(id, input, caller);
    }

    @POST
    @Path("{id}/close")
    @RolesAllowed({Roles.ADMIN, Roles.DEPT_REVIEWER, Roles.FINANCE_REVIEWER})
    @Operation(
            operationId = "closeRectification",
            summary = "Accept the unit's answer (销号); emits rectification.closed.v1",
            description =
                    "销号: a reviewer above the unit accepts an ANSWERED item, optionally with a comment. Emits rectification.closed.v1.")
    public RectificationView close(
            @PathParam("id") UUID id,
            @Valid @NotNull(message = "a JSON body is required") ReviewerInput input,
            @Parameter(description = IF_MATCH) @HeaderParam("If-Match") String ifMatch) {
        preconditions.ifMatch(ifMatch, () -> rectifications.get(id, caller));
        return rectifications.close(id, input, caller);
    }

    @POST
    @Path("{id}/reopen")
    @RolesAllowed({Roles.ADMIN, Roles.DEPT_REVIEWER, Roles.FINANCE_REVIEWER})
    @Operation(
            operationId = "reopenRectification",
            summary =
                    "Send an answered or closed item back to the unit, with the reason; emits rectification.reopened.v1",
            description =
                    "A reviewer above the unit sends an ANSWERED or CLOSED item back to OPEN, saying what is still missing (comment required), optionally with a new deadline. Emits rectification.reopened.v1.")
    public RectificationView reopen(
            @PathParam("id") UUID id,
            @Valid @NotNull(message = "a JSON body is required") ReviewerInput input,
            @Parameter(description = IF_MATCH) @HeaderParam("If-Match") String ifMatch) {
        preconditions.ifMatch(ifMatch, () -> rectifications.get(id, caller));
        return rectifications.reopen(id, input, caller);
    }
}
