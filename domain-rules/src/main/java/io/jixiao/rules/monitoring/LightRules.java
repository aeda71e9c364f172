package io.jixiao.rules.monitoring;

import java.math.BigDecimal;

/**
 * The traffic-light thresholds of a region. No national rule exists; a progress (budget execution rate, or an
 * indicator's progress towards its target) is compared with time progress (months passed ÷ 12):
 *
 * @param yellowGap points behind time progress from which the light turns yellow (default 10)
 * @param redGap    points behind time progress from which it turns red (default 20)
 */
public record LightRules(BigDecimal yellowGap, BigDecimal redGap) {
    public static final LightRules DEFAULTS = new LightRules(BigDecimal.TEN, BigDecimal.valueOf(20));

    public LightRules {
        if (yellowGap == null || redGap == null || yellowGap.signum() < 0 || redGap.compareTo(yellowGap) < 0) {
            throw new IllegalArgumentException("thresholds must satisfy 0 ≤ yellowGap ≤ redGap");
        }
    }
}
