package io.jixiao.evaluation.evaluation;

import io.jixiao.platform.event.SelfEvaluationEvents;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.UUID;

/** Events on the {@code evaluations} topic, keyed by the evaluation id. */
public final class EvaluationEvents {
    public static final String TOPIC = SelfEvaluationEvents.TOPIC;
    public static final String PREPARED = "evaluation.prepared.v1";
    public static final String SUBMITTED = SelfEvaluationEvents.SUBMITTED;
    public static final String APPROVED = "evaluation.approved.v1";
    public static final String RETURNED = "evaluation.returned.v1";
    public static final String SCORED = "evaluation.scored.v1";

    private EvaluationEvents() {}

    /** evaluation.submitted.v1: the whole sheet, for review-service's EVALUATION chain. */
    public record Submitted(
            EvaluationView evaluation, int version, Object changes, String submittedBy, OffsetDateTime submittedAt) {}

    /** evaluation.prepared.v1 / approved / returned: the evaluation and its state. */
    public record StatusChanged(
            UUID evaluationId,
            UUID tableId,
            UUID projectId,
            String orgCode,
            Integer fiscalYear,
            EvaluationStatus status,
            String grade,
            String opinion,
            OffsetDateTime at) {}

    /** evaluation.scored.v1: the final score of a closed year (FINAL, or NOT_SUBMITTED with what was entered). */
    public record Scored(
            UUID evaluationId,
            UUID tableId,
            UUID projectId,
            String projectName,
            String orgCode,
            String orgPath,
            Integer fiscalYear,
            EvaluationStatus status,
            BigDecimal budgetAdjusted,
            BigDecimal budgetRate,
            BigDecimal budgetScore,
            BigDecimal totalScore,
            String grade,
            BigDecimal reviewedTotal,
            OffsetDateTime finalizedAt) {}
}
