package io.jixiao.evaluation.scoring;

import io.jixiao.platform.security.Caller;
import io.jixiao.platform.security.Roles;
import io.jixiao.platform.web.Preconditions;
import io.jixiao.rules.scoring.ScoreResult;
import io.jixiao.rules.scoring.ScoringEngine;
import io.jixiao.rules.scoring.ScoringPolicy;
import io.jixiao.rules.scoring.Sheet;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1")
@Tag(name = "scoring", description = "评分: the scoring engine and its policies")
@RolesAllowed({Roles.ADMIN, Roles.AUDITOR, Roles.FINANCE_REVIEWER, Roles.DEPT_REVIEWER, Roles.UNIT_STAFF})
public class ScoringPreviewResource {
    private final ScoringEngine engine = new ScoringEngine();
    private final Preconditions preconditions;
    private final PolicyService policies;
    private final Caller caller;

    ScoringPreviewResource(PolicyService policies, Caller caller, Preconditions preconditions) {

        this.preconditions = preconditions;
        this.policies = policies;
        this.caller = caller;
    }

    @POST
    @Path("scoring/preview")
    @Operation(
            operationId = "previewScore",
            summary = "Score a sheet without saving it, for forms that show the score while it is filled in",
            description =
                    "Scores rows and budget figures with the year's policy (or the given policy changes) without saving: for forms that show the score while it is filled in.")
    public ScoreResult preview(@Valid @NotNull(message = "a JSON body is required") PreviewRequest request) {
        ScoringPolicy base =
                request.fiscalYear() == null ? ScoringPolicy.mof2020() : policies.effective(request.fiscalYear(), null);
        ScoringPolicy policy =
                request.policy() == null ? base : request.policy().over(base);
        PolicyService.check(policy);
        return Scores.score(engine, sheet(request), policy);
    }

    @GET
    @Path("scoring-policies/{fiscalYear}")
    @Operation(
            operationId = "getScoringPolicy",
            summary = "The policy in force for a fiscal year, for one region (a finance bureau's code) or for all",
            description =
                    "The policy a year's sheets are scored with: the region's if one was set, else the year's, else the Ministry of Finance's of 2020.")
    public ScoringPolicy policy(@PathParam("fiscalYear") int fiscalYear, @QueryParam("region") String region) {
        return policies.effective(fiscalYear, region == null ? null : "/" + region + "/");
    }

    @PUT
    @Path("scoring-policies/{fiscalYear}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(
            operationId = "setScoringPolicy",
            summary = "Set a fiscal year's policy, for one region or for all (admin); omitted fields keep MOF 2020's",
            description =
                    "评分规则: budget execution weight, 一级 weights, the formula for reverse indicators, bands for qualitative verdicts, decimals and grade thresholds, for a year (and optionally one region). Admins only.")
    public ScoringPolicy setPolicy(
            @PathParam("fiscalYear") int fiscalYear,
            @QueryParam("region") String region,
            @Valid @NotNull(message = "a JSON body is required") PolicyInput input,
            @Parameter(description = "the ETag you read; 412 when it changed since") @HeaderParam("If-Match")
                    String ifMatch) {
        preconditions.ifMatch(ifMatch, () -> policy(fiscalYear, region));
        return policies.set(fiscalYear, region, input, caller);
    }

    private static Sheet sheet(PreviewRequest r) {
        List<Sheet.Row> rows = new ArrayList<>();
        for (PreviewRequest.Row x : r.indicators()) {
            rows.add(new Sheet.Row(
                    x.level1(),
                    x.level2(),
                    x.name(),
                    x.target(),
                    x.actual(),
                    x.weight(),
                    x.direction(),
                    x.achievement(),
                    x.score(),
                    x.applicable()));
        }
        Sheet.Budget budget = r.budget() == null
                ? null
                : new Sheet.Budget(
                        r.budget().adjusted(), r.budget().executed(), r.budget().weight());
        return new Sheet(budget, rows);
    }
}
