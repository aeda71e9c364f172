package io.jixiao.evaluation.evaluation;

import io.jixiao.rules.scoring.Achievement;
import io.jixiao.rules.target.Direction;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A self-evaluation (绩效自评表) with its current score")
public record EvaluationView(
        UUID id,
        UUID tableId,
        int tableVersion,
        UUID projectId,
        String projectName,
        String orgCode,
        String orgPath,
        Integer fiscalYear,
        EvaluationStatus status,
        String goalExpected,
        String goalActual,
        Budget budget,

        @Schema(description = "受益情况: the people each level's funds helped")
        List<Beneficiary> beneficiaries,

        List<Row> indicators,
        BigDecimal totalScore,
        String grade,

        @Schema(description = "复核: the reviewer's total, beside the computed one")
        BigDecimal reviewedTotal,

        String reviewReason,
        String reviewedBy,
        int submittedVersion,
        String lastOpinion,
        String lastGrade,
        OffsetDateTime finalizedAt,
        int revision,
        OffsetDateTime updatedAt,

        @Schema(description = "the unit the project's table was written in (YUAN or WAN_YUAN); amounts here are 元")
        String amountUnit) {

    public record Budget(
            BigDecimal initial,
            BigDecimal adjusted,
            BigDecimal executed,
            BigDecimal weight,
            @Schema(description = "执行率 in percent") BigDecimal rate,
            BigDecimal score,

            @Schema(description = "全年预算数 of this government level (本级财政)")
            BigDecimal ownLevel,

            @Schema(description = "全年预算数 from a higher level (上级补助)")
            BigDecimal upperLevel) {}

    public record Row(
            int position,
            String level1,
            String level2,
            String name,
            String target,
            BigDecimal weight,
            Direction direction,
            boolean applicable,
            String actual,
            Achievement achievement,
            BigDecimal evaluatorScore,
            BigDecimal score,
            boolean needsDeviationAnalysis,
            String deviationAnalysis) {}

    static EvaluationView of(Evaluation e) {
        var v = new Builder();
        v.id = e.id;
        v.tableId = e.tableId;
        v.tableVersion = e.tableVersion;
        v.projectId = e.projectId;
        v.projectName = e.projectName;
        v.orgCode = e.orgCode;
        v.orgPath = e.orgPath;
        v.fiscalYear = e.fiscalYear;
        v.status = e.status;
        v.goalExpected = e.goalExpected;
        v.goalActual = e.goalActual;
        v.budget = new Budget(
                e.budgetInitial,
                e.budgetAdjusted,
                e.budgetExecuted,
                e.budgetWeight,
                e.budgetRate,
                e.budgetScore,
                e.budgetOwnLevel,
                e.budgetUpperLevel);
        v.beneficiaries = Beneficiary.fromJson(e.beneficiaries);
        v.indicators = rows(e);
        v.totalScore = e.totalScore;
        v.grade = e.grade;
        v.reviewedTotal = e.reviewedTotal;
        v.reviewReason = e.reviewReason;
        v.reviewedBy = e.reviewedBy;
        v.submittedVersion = e.submittedVersion;
        v.lastOpinion = e.lastOpinion;
        v.lastGrade = e.lastGrade;
        v.finalizedAt = e.finalizedAt;
        v.revision = e.revision;
        v.updatedAt = e.updatedAt;
        v.amountUnit = e.amountUnit;
        return v.build();
    }

    private static List<Row> rows(Evaluation e) {
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < e.indicators.size(); i++) {
            EvaluationIndicator x = e.indicators.get(i);
            rows.add(new Row(
                    i,
                    x.level1,
                    x.level2,
                    x.name,
                    x.targetText,
                    x.weight,
                    x.direction,
                    x.applicable,
                    x.actualText,
                    x.achievement,
                    x.evaluatorScore,
                    x.score,
                    x.needsDeviation,
                    x.deviationAnalysis));
        }
        return rows;
    }

    /**
     * Builds the view field by field, by name: 25 positional arguments, many of them Strings and BigDecimals side by
     * side, are too easy to swap unnoticed. {@code build()} is the one positional call, each argument named as its
     * component.
     */
    static final class Builder {
        UUID id;
        UUID tableId;
        int tableVersion;
        UUID projectId;
        String projectName;
        String orgCode;
        String orgPath;
        Integer fiscalYear;
        EvaluationStatus status;
        String goalExpected;
        String goalActual;
        Budget budget;
        List<Beneficiary> beneficiaries;
        List<Row> indicators;
        BigDecimal totalScore;
        String grade;
        BigDecimal reviewedTotal;
        String reviewReason;
        String reviewedBy;
        int submittedVersion;
        String lastOpinion;
        String lastGrade;
        OffsetDateTime finalizedAt;
        int revision;
        OffsetDateTime updatedAt;
        String amountUnit;

        EvaluationView build() {
            return new EvaluationView(
                    id,
                    tableId,
                    tableVersion,
                    projectId,
                    projectName,
                    orgCode,
                    orgPath,
                    fiscalYear,
                    status,
                    goalExpected,
                    goalActual,
                    budget,
                    beneficiaries,
                    indicators,
                    totalScore,
                    grade,
                    reviewedTotal,
                    reviewReason,
                    reviewedBy,
                    submittedVersion,
                    lastOpinion,
                    lastGrade,
                    finalizedAt,
                    revision,
                    updatedAt,
                    amountUnit);
        }
    }
}
