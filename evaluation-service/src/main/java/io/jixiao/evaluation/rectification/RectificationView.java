package io.jixiao.evaluation.rectification;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A rectification item (问题整改) with the unit's answer")
public record RectificationView(
        UUID id,
        UUID evaluationId,

        @Schema(description = "the monitoring sheet the problem was found in, if it came from 运行监控")
        UUID monitoringSheetId,

        UUID projectId,
        String projectName,
        String orgCode,
        String orgPath,
        Integer fiscalYear,
        RectificationStatus status,
        @Schema(description = "存在问题") String problem,
        @Schema(description = "整改要求") String requirement,
        @Schema(description = "整改期限") LocalDate deadline,

        @Schema(description = "still OPEN after the deadline (China Standard Time)")
        boolean overdue,

        @Schema(description = "整改措施: the unit's answer") String measures,

        @Schema(description = "the reviewer's last word on a close or reopen")
        String reviewerComment,

        String raisedBy,
        OffsetDateTime raisedAt,
        String answeredBy,
        OffsetDateTime answeredAt,
        String closedBy,
        OffsetDateTime closedAt,
        int reopenCount,
        OffsetDateTime updatedAt,
        int revision) {

    static RectificationView of(Rectification r, LocalDate today) {
        return new RectificationView(
                r.id,
                r.evaluationId,
                r.monitoringSheetId,
                r.projectId,
                r.projectName,
                r.orgCode,
                r.orgPath,
                r.fiscalYear,
                r.status,
                r.problem,
                r.requirement,
                r.deadline,
                r.overdue(today),
                r.measures,
                r.reviewerComment,
                r.raisedBy,
                r.raisedAt,
                r.answeredBy,
                r.answeredAt,
                r.closedBy,
                r.closedAt,
                r.reopenCount,
                r.updatedAt,
                r.revision);
    }
}
