package io.jixiao.evaluation.monitoring;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a finance bureau opens: the year, how many months the period covers, the deadline, and its thresholds. */
@Schema(description = "A monitoring round (绩效运行监控) for a fiscal year and period")
public record RoundInput(
        @Schema(example = "2021")
        @NotNull(message = "is required")
        @Min(value = 2000, message = "must be 2000 or later")
        @Max(value = 2100, message = "must be 2100 or earlier")
        Integer fiscalYear,

        @Schema(description = "the period ends after this month: 7 for 1–7月 (time progress 7/12)", example = "7")
        @NotNull(message = "is required: 1–12, the last month of the period")
        @Min(value = 1, message = "must be 1–12")
        @Max(value = 12, message = "must be 1–12")
        Integer monthsPassed,

        @Schema(description = "the period as people say it; 1-7月 when left out", example = "1-7月")
        @Size(max = 100, message = "must be at most 100 characters")
        String label,

        @Schema(description = "the day units submit by", example = "2021-08-15")
        @NotNull(message = "is required: the day units submit by")
        LocalDate deadline,

        @Schema(
                description = "the organisation whose subtree is monitored; a finance reviewer's own when left out",
                example = "410100")
        @Size(max = 64, message = "must be at most 64 characters")
        String scopeOrgCode,

        @Schema(
                description = "points behind time progress from which a light turns yellow (default 10)",
                example = "10")
        @DecimalMin(value = "0", message = "must not be negative")
        @DecimalMax(value = "100", message = "must be at most 100")
        BigDecimal yellowGap,

        @Schema(description = "points behind time progress from which a light turns red (default 20)", example = "20")
        @DecimalMin(value = "0", message = "must not be negative")
        @DecimalMax(value = "100", message = "must be at most 100")
        BigDecimal redGap) {}
