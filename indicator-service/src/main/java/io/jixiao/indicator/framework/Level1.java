package io.jixiao.indicator.framework;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** 一级指标 with its 二级指标 names and, where the framework sets one, its default weight (分值). */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(description = "A first-level indicator (一级指标) and its second-level names (二级指标)")
public record Level1(
        @Schema(example = "产出指标")
        @NotBlank(message = "is required")
        @Size(max = 100, message = "must be at most 100 characters")
        String name,

        @Schema(description = "default weight (分值) out of 100", example = "50")
        @DecimalMin(value = "0", message = "must not be negative")
        @DecimalMax(value = "100", message = "must be at most 100")
        BigDecimal defaultWeight,

        @Schema(example = "[\"数量指标\", \"质量指标\", \"时效指标\", \"成本指标\"]") @NotEmpty(message = "needs at least one 二级指标")
        List<
                        @NotBlank(message = "must not be blank")
                        @Size(max = 100, message = "must be at most 100 characters") String>
                level2) {}
