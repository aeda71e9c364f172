package io.jixiao.evaluation.evaluation;

import io.jixiao.platform.validation.Money;
import io.jixiao.rules.scoring.Achievement;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "What the unit enters: goals achieved, corrected budget figures, each indicator's actual value")
public record EvaluationInput(
        @Schema(description = "年度总体目标: 预期目标") @Size(max = 20000, message = "must be at most 20000 characters")
        String goalExpected,

        @Schema(description = "年度总体目标: 实际完成情况") @Size(max = 20000, message = "must be at most 20000 characters")
        String goalActual,

        @Schema(description = "corrections of the budget figures project-service announced") @Valid
        Budget budget,

        @Schema(description = "受益情况: the people each level's funds helped; omit to keep them, [] to clear them")
        @Size(max = 50, message = "must have at most 50 rows")
        List<@Valid @jakarta.validation.constraints.NotNull(message = "must not be null") Beneficiary> beneficiaries,

        @Schema(description = "one entry per indicator, in the evaluation's order; omit to keep them")
        @Size(max = 500, message = "must have at most 500 rows")
        List<@Valid Row> indicators,

        @Schema(description = "the revision you read; a newer one answers 409")
        Integer revision) {

    public record Budget(
            @Schema(description = "年初预算数, 元") @Money BigDecimal initial,
            @Schema(description = "全年预算数, 元") @Money BigDecimal adjusted,
            @Schema(description = "全年执行数, 元") @Money BigDecimal executed,

            @Schema(description = "全年预算数 of this government level (本级财政), 元", example = "530000.00") @Money
            BigDecimal ownLevel,

            @Schema(description = "全年预算数 transferred from a higher level (上级补助), 元", example = "300000.00") @Money
            BigDecimal upperLevel) {}

    public record Row(
            @Schema(description = "实际完成值 as written", example = "58人")
            @Size(max = 2000, message = "must be at most 2000 characters")
            String actual,

            @Schema(description = "qualitative rows: ACHIEVED, PARTIAL or NOT_ACHIEVED")
            Achievement achievement,

            @Schema(description = "qualitative rows: your score inside the band")
            @DecimalMin(value = "0", message = "must not be negative")
            BigDecimal score,

            @Schema(description = "偏差原因分析及改进措施; required where the row scores below its weight")
            @Size(max = 5000, message = "must be at most 5000 characters")
            String deviationAnalysis) {}
}
