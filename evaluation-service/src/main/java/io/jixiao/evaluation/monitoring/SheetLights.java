package io.jixiao.evaluation.monitoring;

import io.jixiao.rules.monitoring.Light;
import io.jixiao.rules.monitoring.LightRules;
import io.jixiao.rules.monitoring.MonitoringLights;
import java.math.BigDecimal;

/** Lights a sheet by its round's time progress and thresholds (rules in {@link MonitoringLights}). */
final class SheetLights {
    private SheetLights() {}

    static BigDecimal timeProgress(MonitoringRound round) {
        return MonitoringLights.timeProgress(round.monthsPassed);
    }

    static void light(MonitoringSheet s, MonitoringRound round) {
        BigDecimal time = timeProgress(round);
        LightRules rules = new LightRules(round.yellowGap, round.redGap);
        s.executionRate = MonitoringLights.percent(s.budgetExecuted, s.budgetAdjusted);
        s.executionLight = MonitoringLights.ofProgress(s.executionRate, time, rules);
        Light worst = s.executionLight;
        for (MonitoringRow r : s.rows) {
            r.progress = MonitoringLights.targetProgress(r.targetText, r.currentValue, satisfaction(r));
            r.light = MonitoringLights.ofIndicator(r.progress, r.likelihood, time, rules);
            worst = Light.worse(worst, r.light);
        }
        s.light = worst;
    }

    /** A 满意度 row reads a bare "≥95" as 95 %, as the scoring does. */
    private static boolean satisfaction(MonitoringRow r) {
        return r.level2 != null && r.level2.contains("满意") || r.level1 != null && r.level1.contains("满意");
    }

    static boolean lags(Light light) {
        return light == Light.YELLOW || light == Light.RED;
    }
}
