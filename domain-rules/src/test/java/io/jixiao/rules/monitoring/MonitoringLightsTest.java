package io.jixiao.rules.monitoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** 双监控 lights against time progress, with the default thresholds (10 and 20 points behind). */
class MonitoringLightsTest {
    @ParameterizedTest(name = "{0} months → {1} %")
    @CsvSource({"7, 58.33", "8, 66.67", "6, 50.00", "12, 100.00"})
    void timeProgressIsMonthsPassedOverTwelve(int months, String percent) {
        assertEquals(new BigDecimal(percent), MonitoringLights.timeProgress(months));
    }

    @ParameterizedTest(name = "{0} % after {1} months → {2}")
    @CsvSource({
        "58.33, 7, GREEN", // on time
        "48.33, 7, GREEN", // 10 points behind: still green
        "48.32, 7, YELLOW",
        "38.33, 7, YELLOW", // 20 behind: yellow
        "38.00, 7, RED",
        "40.00, 8, RED", // the published 'after August at most 60 %' practice lands red here
        "120, 7, GREEN" // ahead of time
    })
    void aProgressIsComparedWithTimeProgress(String progress, int months, Light light) {
        assertEquals(
                light,
                MonitoringLights.ofProgress(
                        new BigDecimal(progress), MonitoringLights.timeProgress(months), LightRules.DEFAULTS));
    }

    @ParameterizedTest(name = "target {0}, current {1} → {2} %")
    @CsvSource({
        "≥100人, 58人, 58.00",
        "≥1 万, 6500, 65.00",
        "≥75人, 75人, 100.00",
        "100%, 95%, 95.00",
        "1000-6000元/人, 500元/人, 50.00"
    })
    void anIndicatorsProgressIsItsCurrentValueOverItsTarget(String target, String current, String percent) {
        assertEquals(new BigDecimal(percent), MonitoringLights.targetProgress(target, current, false));
    }

    @ParameterizedTest(name = "no progress for target {0} with current {1}")
    @CsvSource({"及时, 及时", "≤100元, 60元", "≥100人, 正在统计", "此指标不涉及, 0"})
    void wordsCostsAndTextHaveNoProgress(String target, String current) {
        assertNull(MonitoringLights.targetProgress(target, current, false));
    }

    @ParameterizedTest(name = "{0} % and {1} → {2}")
    @CsvSource({
        "70, CERTAIN, GREEN",
        "70, POSSIBLE, YELLOW",
        "70, IMPOSSIBLE, RED",
        "30, CERTAIN, RED", // the numbers say red whatever the unit expects
        ", POSSIBLE, YELLOW",
        ", , "
    })
    void theLikelihoodCapsAnIndicatorsLight(String progress, Likelihood likelihood, Light light) {
        assertEquals(
                light,
                MonitoringLights.ofIndicator(
                        progress == null ? null : new BigDecimal(progress),
                        likelihood,
                        MonitoringLights.timeProgress(7),
                        LightRules.DEFAULTS));
    }

    @Test
    void thresholdsAreConfigurable() {
        LightRules strict = new LightRules(BigDecimal.ZERO, BigDecimal.valueOf(5));
        BigDecimal time = MonitoringLights.timeProgress(7);
        assertEquals(Light.YELLOW, MonitoringLights.ofProgress(new BigDecimal("55"), time, strict));
        assertEquals(Light.RED, MonitoringLights.ofProgress(new BigDecimal("50"), time, strict));
        assertEquals(Light.RED, Light.worse(Light.GREEN, Light.RED));
        assertEquals(Light.YELLOW, Light.worse(null, Light.YELLOW));
    }
}
