package io.jixiao.evaluation.evaluation;

import java.math.BigDecimal;
import java.util.UUID;

/** A list row. */
public record EvaluationSummary(
        UUID id,
        UUID projectId,
        String projectName,
        String orgCode,
        Integer fiscalYear,
        EvaluationStatus status,
        BigDecimal budgetAdjusted,
        BigDecimal totalScore,
        String grade,
        BigDecimal reviewedTotal) {

    static EvaluationSummary of(Evaluation e) {
        return new EvaluationSummary(
                e.id,
                e.projectId,
                e.projectName,
                e.orgCode,
                e.fiscalYear,
                e.status,
                e.budgetAdjusted,
                e.totalScore,
                e.grade,
                e.reviewedTotal);
    }
}
