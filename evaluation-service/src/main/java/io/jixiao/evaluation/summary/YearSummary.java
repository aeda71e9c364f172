package io.jixiao.evaluation.summary;

import io.jixiao.evaluation.evaluation.Beneficiary;
import io.jixiao.evaluation.evaluation.FundLevel;
import io.jixiao.rules.scoring.BudgetAdvice;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The figures of a 公开说明 (seed 002): projects, funds, each project's share, scores and grades, per unit. */
@Schema(description = "A fiscal year's self-evaluations in figures, for the disclosure statement (公开说明)")
public record YearSummary(
        @Schema(example = "2020") int fiscalYear,

        @Schema(description = "the government level counted; null: all funds")
        FundLevel fundLevel,

        @Schema(description = "number of projects evaluated (with funds of the level counted)", example = "2")
        int projects,

        @Schema(description = "total funds (全年预算数) of the level counted, 元", example = "680000.00")
        BigDecimal totalFunds,

        @Schema(
                description = "projects whose funds nobody split into 本级财政 / 上级补助: a count by level leaves them out",
                example = "0")
        int unsplitProjects,

        @Schema(description = "average total score of the scored evaluations", example = "100.00")
        BigDecimal averageScore,

        @Schema(description = "evaluations per grade: 优, 良, 中, 差")
        Map<String, Integer> grades,

        @Schema(description = "evaluations per status") Map<String, Integer> statuses,

        @Schema(description = "the 公开说明's sentences in figures, as a statement reads them")
        List<String> statement,

        List<ProjectRow> rows,
        List<UnitRow> units) {

    public record ProjectRow(
            UUID evaluationId,
            UUID projectId,
            String projectName,
            String orgCode,
            String status,

            @Schema(description = "全年预算数 of the level counted, 元", example = "150000.00")
            BigDecimal funds,

            @Schema(description = "share of the total funds, %", example = "22.06")
            BigDecimal sharePercent,

            @Schema(description = "全年预算数 of this government level (本级财政), 元")
            BigDecimal ownLevelFunds,

            @Schema(description = "全年预算数 from a higher level (上级补助), 元")
            BigDecimal upperLevelFunds,

            @Schema(description = "受益情况") List<Beneficiary> beneficiaries,
            BigDecimal totalScore,
            String grade,

            @Schema(description = "复核 total, where a reviewer set one")
            BigDecimal reviewedTotal,

            @Schema(description = "结果应用: what the grade suggests for next year's budget, by the year's policy")
            BudgetAdvice budgetAdvice) {}

    public record UnitRow(
            String orgCode, int projects, BigDecimal funds, BigDecimal sharePercent, BigDecimal averageScore) {}
}
