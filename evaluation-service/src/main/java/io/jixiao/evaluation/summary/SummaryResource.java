package io.jixiao.evaluation.summary;

import io.jixiao.evaluation.evaluation.FundLevel;
import io.jixiao.platform.security.Caller;
import io.jixiao.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/evaluations/summary")
@Tag(name = "self-evaluations")
public class SummaryResource {
    private final SummaryService summaries;
    private final Caller caller;

    SummaryResource(SummaryService summaries, Caller caller) {
        this.summaries = summaries;
        this.caller = caller;
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.AUDITOR, Roles.FINANCE_REVIEWER, Roles.DEPT_REVIEWER, Roles.UNIT_STAFF})
    @Operation(
            operationId = "getEvaluationSummary",
            summary =
                    "A year's figures for the disclosure statement: projects, funds and shares, scores, grades, per unit",
            description =
                    "年度汇总: the figures of the disclosure statement (公开说明) for a year and subtree: projects, funds and their shares (all funds, or one government level's), people helped, scores, grades and what each grade suggests for next year's budget (结果应用), per unit and per project.")
    public YearSummary summary(
            @QueryParam("fiscalYear") @NotNull(message = "is required") Integer fiscalYear,
            @Parameter(
                            description =
                                    "count one government level's funds only: OWN_LEVEL (本级财政, as a 公开说明 does) or UPPER_LEVEL (上级补助); all funds when left out")
                    @QueryParam("fundLevel")
                    FundLevel fundLevel) {
        return summaries.summary(fiscalYear, fundLevel, caller);
    }
}
