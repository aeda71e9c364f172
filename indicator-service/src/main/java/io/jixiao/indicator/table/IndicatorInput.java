package io.jixiao.indicator.table;

import io.jixiao.rules.target.Direction;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A 三级指标 with its 一级 and 二级")
public record IndicatorInput(
        @Schema(example = "产出指标", required = true)
        @NotBlank(message = "is required (一级指标)")
        @Size(max = 100, message = "must be at most 100 characters")
        String level1,

        @Schema(example = "数量指标") @Size(max = 100, message = "must be at most 100 characters")
        String level2,

        @Schema(description = "三级指标", example = "市级技术比武竞赛参加人次")
        @Size(max = 500, message = "must be at most 500 characters")
        String name,

        @Schema(description = "目标值/指标值 as written", example = "≥200000")
        @Size(max = 2000, message = "must be at most 2000 characters")
        String target,

        @Schema(description = "绩效标准", example = "≥1 万") @Size(max = 2000, message = "must be at most 2000 characters")
        String standard,

        @Schema(description = "当年预期实现值", example = "≥20") @Size(max = 2000, message = "must be at most 2000 characters")
        String expectedValue,

        @Schema(description = "分值", example = "10")
        @DecimalMin(value = "0", message = "must not be negative")
        @DecimalMax(value = "100", message = "must be at most 100")
        @Digits(integer = 3, fraction = 2, message = "must have at most two decimals")
        BigDecimal weight,

        @Schema(
                description =
                        "POSITIVE (more is better) or REVERSE; by default read from the target (≤ and < are REVERSE)")
        Direction direction,

        @Schema(description = "the unit when the target does not say it", example = "人次")
        @Size(max = 20, message = "must be at most 20 characters")
        String unit,

        @Schema(description = "false for 此指标不涉及; by default read from the target")
        Boolean applicable) {}
