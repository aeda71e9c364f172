package io.jixiao.project.project;

import io.jixiao.platform.validation.Money;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One column of the budget block: the total and its split into 当年财政拨款 / 上年结转资金 / 其他资金, in 元; the fiscal
 * part further by government level (本级财政 / 上级补助), because a disclosure statement counts the unit's own level's
 * funds only (seed 002: 680,000 元 of city funds in 1,650,000 元).
 */
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

    @Money
    @Schema(
            description = "当年财政拨款 of this government level (本级财政); with upperLevel it adds up to fiscal. Give one "
                    + "and the other is the rest of fiscal",
            example = "530000.00")
    public BigDecimal ownLevel;

    @Money
    @Schema(
            description =
                    "当年财政拨款 transferred from a higher level (上级补助, e.g. 省财政); with ownLevel it adds up " + "to fiscal",
            example = "300000.00")
    public BigDecimal upperLevel;

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

    /**
     * Completes the split by level when one side is given (the other is the rest of fiscal); answers what is wrong
     * with it, or null.
     */
    String completeLevels() {
        if (ownLevel == null && upperLevel == null) {
            return null;
        }
        if (fiscal == null) {
            return "needs fiscal (当年财政拨款), which ownLevel and upperLevel split";
        }
        if (ownLevel == null) {
            ownLevel = fiscal.subtract(upperLevel);
        } else if (upperLevel == null) {
            upperLevel = fiscal.subtract(ownLevel);
        }
        if (ownLevel.signum() < 0 || upperLevel.signum() < 0) {
            return "must not exceed fiscal (" + fiscal.toPlainString() + ")";
        }
        if (ownLevel.add(upperLevel).compareTo(fiscal) != 0) {
            return "ownLevel and upperLevel must add up to fiscal (" + fiscal.toPlainString() + ")";
        }
        return null;
    }

    private static BigDecimal nz(BigDecimal b) {
        return b == null ? BigDecimal.ZERO : b;
    }
}
