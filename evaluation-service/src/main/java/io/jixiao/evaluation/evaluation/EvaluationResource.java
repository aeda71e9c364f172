package io.jixiao.evaluation.evaluation;

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
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/evaluations")
@Tag(name = "self-evaluations", description = "绩效自评: actual values, deviation analysis, submission, 复核")
@RolesAllowed({Roles.ADMIN, Roles.AUDITOR, Roles.FINANCE_REVIEWER, Roles.DEPT_REVIEWER, Roles.UNIT_STAFF})
public class EvaluationResource {
    private final EvaluationService evaluations;
    private final Preconditions preconditions;
    private final Caller caller;

    EvaluationResource(EvaluationService evaluations, Caller caller, Preconditions preconditions) {

        this.preconditions = preconditions;
        this.evaluations = evaluations;
        this.caller = caller;
    }

    @GET
    @Operation(
            operationId = "listEvaluations",
            summary = "The self-evaluations of the caller's subtree, newest change first",
            description =
                    "绩效自评 of the caller's subtree, filtered by fiscal year, organisation, status or project, newest change first.")
    public PageResult<EvaluationSummary> list(
            @QueryParam("fiscalYear") Integer fiscalYear,
            @QueryParam("orgCode") String orgCode,
            @QueryParam("status") EvaluationStatus status,
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
        return evaluations.list(caller, fiscalYear, orgCode, status, projectId, page, size);
    }

    @GET
    @Path("{id}")
    @Operation(
            operationId = "getEvaluation",
            summary = "One self-evaluation with its current score",
            description =
                    "The sheet with each indicator's target, actual value and score, the budget execution score, the total and the grade (优/良/中/差).")
    public EvaluationView get(@PathParam("id") UUID id) {
        return evaluations.get(id, caller);
    }

    @PUT
    @Path("{id}")
    @RolesAllowed({Roles.ADMIN, Roles.UNIT_STAFF})
    @Operation(
            operationId = "updateEvaluation",
            summary =
                    "Enter actual values, verdicts, deviation analyses and budget corrections; answers with the new score",
            description =
                    "绩效自评: actual values (实际完成值), verdicts for qualitative rows, deviation analyses (偏差原因分析) and budget corrections, while PENDING, DRAFT or RETURNED. Answers with the new score. Send revision (or If-Match).")
    public EvaluationView update(
            @PathParam("id") UUID id,
            @Valid @NotNull(message = "a JSON body is required") EvaluationInput input,
            @Parameter(description = "the ETag you read; 412 when it changed since") @HeaderParam("If-Match")
                    String ifMatch) {
        preconditions.ifMatch(ifMatch, () -> evaluations.get(id, caller));
        return evaluations.update(id, input, caller);
    }

    @POST
    @Path("{id}/submit")
    @RolesAllowed({Roles.ADMIN, Roles.UNIT_STAFF})
    @Operation(
            operationId = "submitEvaluation",
            summary = "Submit for review; refused while a row below its weight lacks its deviation analysis",
            description =
                    "送审: emits evaluation.submitted.v1; review-service opens the department's task. Refused (400) while a row scoring below its weight lacks its deviation analysis.")
    public EvaluationView submit(
            @PathParam("id") UUID id,
            @Parameter(description = "the ETag you read; 412 when it changed since") @HeaderParam("If-Match")
                    String ifMatch) {
        preconditions.ifMatch(ifMatch, () -> evaluations.get(id, caller));
        return evaluations.submit(id, caller);
    }

    @POST
    @Path("{id}/review-score")
    @RolesAllowed({Roles.ADMIN, Roles.DEPT_REVIEWER, Roles.FINANCE_REVIEWER})
    @Operation(
            operationId = "reviewEvaluationScore",
            summary = "复核: a reviewer sets an adjusted total with its reason; the computed score is kept",
            description =
                    "复核: a reviewer sets the total they confirm, with the reason; the computed score stays beside it and the grade follows the confirmed total.")
    public EvaluationView reviewScore(
            @PathParam("id") UUID id,
            @Valid @NotNull(message = "a JSON body is required") ReviewScoreInput input,
            @Parameter(description = "the ETag you read; 412 when it changed since") @HeaderParam("If-Match")
                    String ifMatch) {
        preconditions.ifMatch(ifMatch, () -> evaluations.get(id, caller));
        return evaluations.reviewScore(id, input, caller);
    }
}
