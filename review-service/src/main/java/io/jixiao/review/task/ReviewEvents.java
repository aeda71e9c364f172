package io.jixiao.review.task;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import io.jixiao.review.chain.StageType;
import io.jixiao.review.chain.SubjectType;

/** Events on the {@code reviews} topic, keyed by the subject id so one subject's rounds stay in order. */
public final class ReviewEvents {
    public static final String TOPIC = "reviews";
    public static final String TASK_CREATED = "review.task-created.v1";
    public static final String DECIDED = "review.decided.v1";
    public static final String COMPLETED = "review.completed.v1";

    private ReviewEvents() {
    }

    public record TaskCreated(UUID taskId, SubjectType subjectType, UUID subjectId, int version, String subjectTitle,
            String subjectOrgCode, int stage, int stageCount, StageType stageType, String reviewerOrgCode,
            OffsetDateTime dueAt) {
    }

    public record Decided(UUID taskId, SubjectType subjectType, UUID subjectId, int version, int stage,
            StageType stageType, String reviewerOrgCode, String outcome, String grade, String opinion, String decidedBy,
            OffsetDateTime decidedAt) {
    }

    /** review.completed.v1: the round is over. APPROVED after the last stage; RETURNED at the first return. */
    public record Completed(SubjectType subjectType, UUID subjectId, int version, String subjectOrgCode, String outcome,
            String grade, String opinion, String decidedBy, OffsetDateTime decidedAt, List<Decided> decisions) {
    }
}
