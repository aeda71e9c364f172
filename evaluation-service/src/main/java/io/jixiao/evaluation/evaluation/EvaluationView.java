package io.jixiao.evaluation.evaluation;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.jixiao.rules.scoring.Achievement;
import io.jixiao.rules.target.Direction;

@Schema(description = "A self-evaluation (绩效自评表) with its current score")
public record EvaluationView(UUID id, UUID tableId, int tableVersion, UUID projectId, String projectName, String orgCode,
        String orgPath, Integer fiscalYear, EvaluationStatus status, String goalExpected, String goalActual, Budget budget,
        List<Row> indicators, BigDecimal totalScore, String grade,
        @Schema(description = "复核: the reviewer's total, beside the computed one") BigDecimal reviewedTotal,
        String reviewReason, String reviewedBy, int submittedVersion, String lastOpinion, String lastGrade,
        OffsetDateTime finalizedAt, int revision, OffsetDateTime updatedAt,
        @Schema(description = "the unit the project's table was written in (YUAN or WAN_YUAN); amounts here are 元") String amountUnit) {

    public record Budget(BigDecimal initial, BigDecimal adjusted, BigDecimal executed, BigDecimal weight,
            @Schema(description = "执行率 in percent") BigDecimal rate, BigDecimal score) {
    }

    public record Row(int position, String level1, String level2, String name, String target, BigDecimal weight,
            Direction direction, boolean applicable, String actual, Achievement achievement, BigDecimal evaluatorScore,
            BigDecimal score, boolean needsDeviationAnalysis, String deviationAnalysis) {
    }

    static EvaluationView of(Evaluation e) {
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < e.indicators.size(); i++) {
            EvaluationIndicator x = e.indicators.get(i);
            rows.add(new Row(i, x.level1, x.level2, x.name, x.targetText, x.weight, x.direction, x.applicable, x.actualText,
                    x.achievement, x.evaluatorScore, x.score, x.needsDeviation, x.deviationAnalysis));
        }
        return new EvaluationView(e.id, e.tableId, e.tableVersion, e.projectId, e.projectName, e.orgCode, e.orgPath,
                e.fiscalYear, e.status, e.goalExpected, e.goalActual,
                new Budget(e.budgetInitial, e.budgetAdjusted, e.budgetExecuted, e.budgetWeight, e.budgetRate, e.budgetScore),
                rows, e.totalScore, e.grade, e.reviewedTotal, e.reviewReason, e.reviewedBy, e.submittedVersion,
                e.lastOpinion, e.lastGrade, e.finalizedAt, e.revision, e.updatedAt, e.amountUnit);
    }
}
