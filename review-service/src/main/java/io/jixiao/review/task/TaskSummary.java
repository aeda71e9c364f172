package io.jixiao.review.task;

import io.jixiao.review.chain.StageType;
import io.jixiao.review.chain.SubjectType;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A list row of the reviewer's inbox. */
public record TaskSummary(
        UUID id,
        SubjectType subjectType,
        UUID subjectId,
        int subjectVersion,
        String subjectTitle,
        String subjectOrgCode,
        int stage,
        int stageCount,
        StageType stageType,
        String reviewerOrgCode,
        TaskStatus status,
        OffsetDateTime createdAt,
        OffsetDateTime dueAt,
        boolean overdue,
        OffsetDateTime decidedAt,
        String decidedBy,
        String grade,
        String opinion,

        @org.eclipse.microprofile.openapi.annotations.media.Schema(
                description = "monitoring sheets: the 财政处理措施 decided at this stage")
        io.jixiao.platform.event.MonitoringEvents.FinanceMeasure financeMeasure) {

    static TaskSummary of(ReviewTask t, OffsetDateTime now) {
        return new TaskSummary(
                t.id,
                t.subjectType,
                t.subjectId,
                t.subjectVersion,
                t.subjectTitle,
                t.subjectOrgCode,
                t.stage,
                t.stageCount,
                t.stageType,
                t.reviewerOrgCode,
                t.status,
                t.createdAt,
                t.dueAt,
                t.status == TaskStatus.PENDING && t.dueAt.isBefore(now),
                t.decidedAt,
                t.decidedBy,
                t.grade,
                t.opinion,
                t.financeMeasure);
    }
}
