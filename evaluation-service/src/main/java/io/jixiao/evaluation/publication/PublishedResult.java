package io.jixiao.evaluation.publication;

import io.jixiao.evaluation.evaluation.Evaluation;
import java.math.BigDecimal;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A closed year's self-evaluation result as it is disclosed (信息公开): the score, the grade and the money. */
@Schema(description = "A published self-evaluation result (绩效自评结果) of a closed fiscal year")
public record PublishedResult(
        UUID id,
        UUID projectId,
        @Schema(example = "劳模帮扶专项资金") String projectName,

        @Schema(description = "the unit's code (单位编码)", example = "427001")
        String orgCode,

        @Schema(example = "2020") int fiscalYear,

        @Schema(description = "全年预算数, 元", example = "830000.00")
        BigDecimal budgetAdjusted,

        @Schema(description = "全年执行数, 元", example = "832240.00")
        BigDecimal budgetExecuted,

        @Schema(description = "执行率, percent", example = "100.27")
        BigDecimal budgetRate,

        @Schema(
                description = "the final score: the reviewer's when one was set (复核), else the unit's",
                example = "100.00")
        BigDecimal score,

        @Schema(description = "等级: 优, 良, 中 or 差", example = "优")
        String grade) {

    static PublishedResult of(Evaluation e) {
        return new PublishedResult(
                e.id,
                e.projectId,
                e.projectName,
                e.orgCode,
                e.fiscalYear,
                e.budgetAdjusted,
                e.budgetExecuted,
                e.budgetRate,
                e.reviewedTotal != null ? e.reviewedTotal : e.totalScore,
                e.grade);
    }
}
