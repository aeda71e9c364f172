package io.jixiao.evaluation.scoring;

import io.jixiao.platform.validation.Money;
import io.jixiao.rules.scoring.Achievement;
import io.jixiao.rules.target.Direction;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A self-evaluation sheet to score without saving it")
public record PreviewRequest(
        @Valid Budget budget,

        @NotNull(message = "is required (it may be empty)") @Size(max = 500, message = "must have at most 500 rows")
        List<@Valid @NotNull(message = "must not be null") Row> indicators,

        @Schema(description = "policy fields that differ from the base policy") @Valid
        PolicyInput policy,

        @Schema(description = "take the base policy of this fiscal year (default: MOF 2020)", example = "2020")
        Integer fiscalYear) {

    @Schema(description = "全年预算数, 全年执行数 (元) and the weight of budget execution")
    public record Budget(
            @Schema(example = "250000") @Money BigDecimal adjusted,
            @Schema(example = "215457.6") @Money BigDecimal executed,

            @Schema(example = "10")
            @DecimalMin(value = "0", message = "must not be negative")
            @DecimalMax(value = "100", message = "must be at most 100")
            BigDecimal weight) {}

    @Schema(description = "One indicator row")
    public record Row(
            @Schema(example = "产出指标") @Size(max = 100, message = "must be at most 100 characters")
            String level1,

            @Schema(example = "数量指标") @Size(max = 100, message = "must be at most 100 characters")
            String level2,

            @Schema(example = "帮扶人数") @Size(max = 500, message = "must be at most 500 characters")
            String name,

            @Schema(example = "≥100人") @Size(max = 2000, message = "must be at most 2000 characters")
            String target,

            @Schema(example = "120人") @Size(max = 2000, message = "must be at most 2000 characters")
            String actual,

            @Schema(example = "10")
            @DecimalMin(value = "0", message = "must not be negative")
            @DecimalMax(value = "100", message = "must be at most 100")
            BigDecimal weight,

            Direction direction,

            @Schema(description = "qualitative rows: ACHIEVED, PARTIAL or NOT_ACHIEVED")
            Achievement achievement,

            @Schema(description = "qualitative rows: the evaluator's score inside the band")
            BigDecimal score,

            @Schema(description = "false for 此指标不涉及") Boolean applicable) {}
}
