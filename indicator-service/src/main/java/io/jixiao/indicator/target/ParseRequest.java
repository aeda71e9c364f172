package io.jixiao.indicator.target;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A target value to read, with the indicator it belongs to when known")
public record ParseRequest(
        @Schema(description = "目标值/指标值 as written", example = "≥200000人次", required = true)
        @NotNull(message = "is required")
        @Size(max = 2000, message = "must be at most 2000 characters")
        String text,

        @Schema(description = "一级指标; a 满意度 indicator reads a bare ≥95 as 95 %", example = "满意度指标")
        String level1,

        @Schema(description = "二级指标", example = "服务对象满意度指标") String level2) {

    boolean satisfaction() {
        return io.jixiao.rules.target.Satisfaction.is(level1, level2);
    }
}
