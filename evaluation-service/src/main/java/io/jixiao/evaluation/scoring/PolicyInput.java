package io.jixiao.evaluation.scoring;

import io.jixiao.rules.scoring.Achievement;
import io.jixiao.rules.scoring.Band;
import io.jixiao.rules.scoring.ReverseFormula;
import io.jixiao.rules.scoring.ScoringPolicy;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.math.BigDecimal;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A scoring policy, or the parts of one that differ from a base policy: every field may be omitted. */
@Schema(description = "Scoring policy fields; omitted ones keep the base policy's value (MOF 2020 by default)")
public record PolicyInput(
        @Schema(description = "weight of budget execution", example = "10")
        @DecimalMin(value = "0", message = "must not be negative")
        @DecimalMax(value = "100", message = "must be at most 100")
        BigDecimal budgetWeight,

        @Schema(
                description = "一级 weights by a word the 一级 name contains",
                example = "{\"产出\": 50, \"效益\": 30, \"满意度\": 10}")
        Map<String, BigDecimal> level1Weights,

        @Schema(example = "RATIO") ReverseFormula reverse,

        @Schema(
                description = "share of the weight per qualitative verdict, in percent",
                example = "{\"ACHIEVED\": {\"lowPercent\": 80, \"highPercent\": 100}}")
        Map<Achievement, Band> bands,

        @Schema(description = "2, or 0 for whole points", example = "2")
        @Min(value = 0, message = "must be 0 or more")
        @Max(value = 4, message = "must be at most 4")
        Integer decimals,

        @Schema(example = "90") BigDecimal excellent,
        @Schema(example = "80") BigDecimal good,
        @Schema(example = "60") BigDecimal pass,

        @Schema(description = "结果应用: next year's budget cut for a 中 project, in percent (default 10)", example = "10")
        @DecimalMin(value = "0", message = "must not be negative")
        @DecimalMax(value = "100", message = "must be at most 100")
        BigDecimal fairCutPercent,

        @Schema(
                description = "结果应用: next year's budget cut for a 差 project, in percent; 100 cancels it (default 100)",
                example = "100")
        @DecimalMin(value = "0", message = "must not be negative")
        @DecimalMax(value = "100", message = "must be at most 100")
        BigDecimal poorCutPercent) {

    /** This input laid over {@code base}. */
    public ScoringPolicy over(ScoringPolicy base) {
        return new ScoringPolicy(
                budgetWeight != null ? budgetWeight : base.budgetWeight(),
                level1Weights != null ? level1Weights : base.level1Weights(),
                reverse != null ? reverse : base.reverse(),
                bands != null ? merge(base.bands(), bands) : base.bands(),
                decimals != null ? decimals : base.decimals(),
                excellent != null ? excellent : base.excellent(),
                good != null ? good : base.good(),
                pass != null ? pass : base.pass(),
                fairCutPercent != null ? fairCutPercent : base.fairCutPercent(),
                poorCutPercent != null ? poorCutPercent : base.poorCutPercent());
    }

    private static Map<Achievement, Band> merge(Map<Achievement, Band> base, Map<Achievement, Band> over) {
        Map<Achievement, Band> m = new java.util.EnumMap<>(Achievement.class);
        m.putAll(base);
        m.putAll(over);
        return m;
    }
}
