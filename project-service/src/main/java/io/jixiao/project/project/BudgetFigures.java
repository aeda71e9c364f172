package io.jixiao.project.project;

import io.jixiao.platform.validation.Money;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One column of the budget block: the total and its split into 当年财政拨款 / 上年结转资金 / 其他资金, in 元. */
@Embeddable
@Schema(description = "An amount and its split by source, in 元")
public class BudgetFigures {
    @Money
    @Schema(description = "年度资金总额", example = "832240.00")
    public BigDecimal total;

    @Money
    @Schema(description = "其中：当年财政拨款", example = "830000.00")
    public BigDecimal fiscal;

    @Money
    @Schema(description = "上年结转资金", example = "2240.00")
    public BigDecimal carryOver;

    @Money
    @Schema(description = "其他资金", example = "0")
    public BigDecimal other;

    public BudgetFigures() {}

    public BudgetFigures(BigDecimal total, BigDecimal fiscal, BigDecimal carryOver, BigDecimal other) {
        this.total = total;
        this.fiscal = fiscal;
        this.carryOver = carryOver;
        this.other = other;
    }

    /** The parts, when any is given, must add up to the total. */
    boolean partsAddUp() {
        if (fiscal == null && carryOver == null && other == null) {
            return true;
        }
        BigDecimal sum = nz(fiscal).add(nz(carryOver)).add(nz(other));
        return total != null && sum.compareTo(total) == 0;
    }

    private static BigDecimal nz(BigDecimal b) {
        return b == null ? BigDecimal.ZERO : b;
    }
}
