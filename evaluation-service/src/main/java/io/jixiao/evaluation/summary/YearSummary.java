package io.jixiao.evaluation.summary;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The figures of a 公开说明 (seed 002): projects, funds, each project's share, scores and grades, per unit. */
@Schema(description = "A fiscal year's self-evaluations in figures, for the disclosure statement (公开说明)")
public record YearSummary(
        @Schema(example = "2020") int fiscalYear,

        @Schema(description = "number of projects evaluated", example = "2")
        int projects,

        @Schema(description = "total funds (全年预算数), 元", example = "680000.00")
        BigDecimal totalFunds,

        @Schema(description = "average total score of the scored evaluations", example = "100.00")
        BigDecimal averageScore,

        @Schema(description = "evaluations per grade: 优, 良, 中, 差")
        Map<String, Integer> grades,

        @Schema(description = "evaluations per status") Map<String, Integer> statuses,
        List<ProjectRow> rows,
        List<UnitRow> units) {

    public record ProjectRow(
            UUID evaluationId,
            UUID projectId,
            String projectName,
            String orgCode,
            String status,
            @Schema(description = "全年预算数, 元") BigDecimal funds,

            @Schema(description = "share of the total funds, %", example = "22.06")
            BigDecimal sharePercent,

            BigDecimal totalScore,
            String grade,

            @Schema(description = "复核 total, where a reviewer set one")
            BigDecimal reviewedTotal) {}

    public record UnitRow(
            String orgCode, int projects, BigDecimal funds, BigDecimal sharePercent, BigDecimal averageScore) {}
}
