package io.jixiao.indicator.table;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A target table to create (POST) or its new content (PUT)")
public record TargetTableInput(
        @Schema(description = "the project; fixed once the table exists")
        UUID projectId,

        @Schema(example = "ANNUAL") Period period,

        @Schema(description = "MID_TERM only: first and last year of the span", example = "2023")
        @Min(value = 2000, message = "must be 2000 or later")
        @Max(value = 2100, message = "must be 2100 or earlier")
        Integer periodStartYear,

        @Schema(example = "2024")
        @Min(value = 2000, message = "must be 2000 or later")
        @Max(value = 2100, message = "must be 2100 or earlier")
        Integer periodEndYear,

        @Schema(example = "MOF-2020", required = true) @NotBlank(message = "is required")
        String frameworkCode,

        @Schema(description = "default: the newest version") Integer frameworkVersion,

        @Schema(description = "总体目标 (中期目标 for MID_TERM)")
        @Size(max = 20000, message = "must be at most 20000 characters")
        String overallGoal,

        @Schema(description = "年度绩效目标") @Size(max = 20000, message = "must be at most 20000 characters")
        String annualGoal,

        @NotNull(message = "is required (it may be empty)")
        @Size(max = 500, message = "must have at most 500 indicators")
        List<@Valid @NotNull(message = "must not be null") IndicatorInput> indicators,

        @Schema(description = "on PUT: the revision you read; a newer one answers 409")
        Integer revision) {}
