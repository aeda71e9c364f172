package io.jixiao.evaluation.yearclose;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A year-close job and its progress")
public record YearCloseView(
        UUID id,
        @Schema(example = "2021") int fiscalYear,
        @Schema(example = "410100") String scopeOrgCode,
        @Schema(example = "RUNNING") YearClose.Status status,

        @Schema(description = "evaluations finalised so far", example = "4200")
        int done,

        @Schema(description = "evaluations to finalise", example = "10000")
        int total,

        @Schema(description = "done / total in %, 100 when there is nothing to do", example = "42.00")
        BigDecimal percent,

        @Schema(description = "of those done, never submitted: finalised as NOT_SUBMITTED", example = "12")
        int notSubmitted,

        @Schema(description = "of those done, submitted but never approved: finalised as NOT_APPROVED", example = "3")
        int notApproved,

        @Schema(description = "why the job stopped, when it is FAILED")
        String failure,

        String closedBy,
        OffsetDateTime startedAt,
        OffsetDateTime finishedAt) {

    static YearCloseView of(YearClose j) {
        BigDecimal percent = j.total == 0
                ? new BigDecimal("100.00")
                : BigDecimal.valueOf(j.done * 100L).divide(BigDecimal.valueOf(j.total), 2, RoundingMode.HALF_UP);
        return new YearCloseView(
                j.id,
                j.fiscalYear,
                j.scopeOrgCode,
                j.status,
                j.done,
                j.total,
                percent,
                j.notSubmitted,
                j.notApproved,
                j.failure,
                j.closedBy,
                j.startedAt,
                j.finishedAt);
    }
}
