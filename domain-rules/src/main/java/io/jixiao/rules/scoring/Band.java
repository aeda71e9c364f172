package io.jixiao.rules.scoring;

import java.math.BigDecimal;

/** A share of the weight, in percent: 达成 80–100, 部分达成 60–80, 未达成 0–60 by default. */
public record Band(BigDecimal lowPercent, BigDecimal highPercent) {
    public static Band of(int low, int high) {
        return new Band(BigDecimal.valueOf(low), BigDecimal.valueOf(high));
    }
}
