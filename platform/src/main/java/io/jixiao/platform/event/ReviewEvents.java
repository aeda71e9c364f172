package io.jixiao.platform.event;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * Events on the {@code reviews} topic, keyed by the subject id so one subject's rounds stay in order: one definition
 * that review-service writes and indicator- and evaluation-service read.
 */
public final class ReviewEvents {
    public static final String TOPIC = "reviews";
    public static final String TASK_CREATED = "review.task-created.v1";
    public static final String DECIDED = "review.decided.v1";
    public static final String COMPLETED = "review.completed.v1";

    private ReviewEvents() {}

    /** A reviewer's decision on one stage: in the decision a reviewer posts and in review.decided.v1. */
    public enum Decision {
        APPROVE,
        RETURN
    }

    /** How a review round ended: in review.completed.v1 and in the history of the reviewed table or sheet. */
    public enum Outcome {
        APPROVED,
        RETURNED;

        public static Outcome of(boolean approved) {
            return approved ? APPROVED : RETURNED;
        }
    }

    /** @param subjectType TARGET_TABLE, ADJUSTMENT or EVALUATION; @param stageType DEPARTMENT or FINANCE_BUREAU */
    public record TaskCreated(
            UUID taskId,
            String subjectType,
            UUID subjectId,
            int version,
            String subjectTitle,
            String subjectOrgCode,
            int stage,
            int stageCount,
            String stageType,
            String reviewerOrgCode,
            OffsetDateTime dueAt) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Decided(
            UUID taskId,
            String subjectType,
            UUID subjectId,
            int version,
            int stage,
            String stageType,
            String reviewerOrgCode,
            Decision outcome,
            String grade,
            String opinion,
            String decidedBy,
            OffsetDateTime decidedAt,
            MonitoringEvents.FinanceMeasure financeMeasure) {}

    /** review.completed.v1: the round is over. APPROVED after the last stage; RETURNED at the first return. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Completed(
            String subjectType,
            UUID subjectId,
            Integer version,
            String subjectOrgCode,
            Outcome outcome,
            String grade,
            String opinion,
            String decidedBy,
            OffsetDateTime decidedAt,
            List<Decided> decisions,
            MonitoringEvents.FinanceMeasure financeMeasure)
            implements EventContract<Completed> {

        /** What a consumer needs, or an {@link IllegalArgumentException} naming what is missing (the record is parked). */
        public Completed requireValid() {
            if (subjectType == null || subjectId == null || version == null) {
                throw new IllegalArgumentException("review.completed.v1 lacks subjectType, subjectId or version");
            }
            if (outcome == null) {
                throw new IllegalArgumentException("review.completed.v1 has no outcome (APPROVED or RETURNED)");
            }
            return this;
        }

        public boolean approved() {
            return outcome == Outcome.APPROVED;
        }
    }
}
