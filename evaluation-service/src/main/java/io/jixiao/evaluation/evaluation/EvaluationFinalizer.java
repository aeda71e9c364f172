package io.jixiao.evaluation.evaluation;

import io.jixiao.platform.outbox.Outbox;
import io.jixiao.rules.scoring.ScoringEngine;
import io.jixiao.rules.scoring.ScoringPolicy;
import java.time.OffsetDateTime;

/**
 * Closing the year for one evaluation: scored with the year's policy; FINAL when it was approved, NOT_APPROVED when it
 * was submitted but not approved (under review or returned), NOT_SUBMITTED when it never was.
 */
public final class EvaluationFinalizer {
    private static final org.jboss.logging.Logger LOG = org.jboss.logging.Logger.getLogger(EvaluationFinalizer.class);

    private EvaluationFinalizer() {}

    /** The evaluation as finalised, whether it had been submitted, and its evaluation.scored.v1. */
    public record Finalised(Evaluation evaluation, boolean submitted, Outbox.Event event) {}

    public static Finalised finalise(Evaluation e, ScoringPolicy policy, OffsetDateTime now) {
        try {
            EvaluationScorer.score(e, policy);
        } catch (ScoringEngine.ScoreOutsideBand | io.jixiao.platform.problem.ProblemException invalid) {
            // an entry the unit never corrected: the scores of its last save stand, and that is said
            LOG.warnf("year close: evaluation %s keeps the scores of its last save (%s)", e.id, invalid.getMessage());
        }
        e.close(now);
        EvaluationEvents.Scored scored = new EvaluationEvents.Scored(
                e.id,
                e.tableId,
                e.projectId,
                e.projectName,
                e.orgCode,
                e.orgPath,
                e.fiscalYear,
                e.status,
                e.budgetAdjusted,
                e.budgetRate,
                e.budgetScore,
                e.totalScore,
                e.grade,
                e.reviewedTotal,
                now);
        return new Finalised(
                e,
                e.wasSubmitted,
                new Outbox.Event(EvaluationEvents.TOPIC, EvaluationEvents.SCORED, e.id.toString(), scored));
    }
}
