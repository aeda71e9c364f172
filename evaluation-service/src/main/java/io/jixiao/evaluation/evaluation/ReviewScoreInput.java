package io.jixiao.evaluation.evaluation;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "复核: a reviewer's adjusted total and why; the computed score is kept beside it")
public record ReviewScoreInput(
        @Schema(example = "95.00")
        @NotNull(message = "is required")
        @DecimalMin(value = "0", message = "must not be negative")
        @DecimalMax(value = "100", message = "must be at most 100")
        @Digits(integer = 3, fraction = 2, message = "must have at most two decimals")
        BigDecimal total,

        @Schema(example = "数量指标目标值设置偏低，扣 3.62 分")
        @NotBlank(message = "is required: say why the score changes")
        @Size(max = 5000, message = "must be at most 5000 characters")
        String reason) {}
