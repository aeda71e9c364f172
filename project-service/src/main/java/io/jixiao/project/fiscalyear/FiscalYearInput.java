package io.jixiao.project.fiscalyear;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A fiscal year to open")
public record FiscalYearInput(
        @Schema(example = "2024")
        @NotNull(message = "is required")
        @Min(value = 2000, message = "must be 2000 or later")
        @Max(value = 2100, message = "must be 2100 or earlier")
        Integer year,

        @Schema(description = "the finance bureau whose region the year covers; omit for all", example = "410100")
        String scopeOrgCode) {}
