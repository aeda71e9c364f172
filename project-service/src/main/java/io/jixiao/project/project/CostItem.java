package io.jixiao.project.project;

import io.jixiao.platform.validation.Money;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** 成本构成: one line of the cost breakdown, with its 测算（公式）依据 kept as written. */
@Embeddable
@Schema(description = "A line of the cost breakdown (成本构成)")
public class CostItem {
    @NotBlank(message = "is required")
    @Size(max = 500, message = "must be at most 500 characters")
    @Schema(example = "完成市级困难职工帮扶")
    public String item;

    @Money
    @Schema(description = "金额, in 元", example = "150000.00")
    public BigDecimal amount;

    @Size(max = 5000, message = "must be at most 5000 characters")
    @Schema(description = "测算（公式）依据, as written", example = "1500元/人年*100人")
    public String basis;

    @Money
    @Column(name = "last_year_actual")
    @Schema(description = "上年实际执行数, in 元", example = "150000.00")
    public BigDecimal lastYearActual;

    @Money
    @Column(name = "this_year_plan")
    @Schema(description = "本年计划执行数, in 元", example = "150000.00")
    public BigDecimal thisYearPlan;
}
