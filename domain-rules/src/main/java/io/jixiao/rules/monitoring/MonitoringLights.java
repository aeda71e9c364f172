package io.jixiao.rules.monitoring;

import io.jixiao.rules.target.Direction;
import io.jixiao.rules.target.TargetParser;
import io.jixiao.rules.target.TargetValue;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * 双监控 lights (绩效运行监控): budget execution and target completion, each against time progress.
 *
 * <ul>
 *   <li>time progress = months passed ÷ 12 (after July: 58.33 %);
 *   <li>a progress up to {@code yellowGap} points behind it is green, up to {@code redGap} yellow, further behind red;
 *   <li>an indicator's progress is its current value ÷ its target for a more-is-better number (a less-is-better one,
 *       a cost, has no progress to date: only its likelihood counts); its likelihood caps the light: 有可能 at
 *       yellow, 完全不可能 red;
 *   <li>a sheet's light is the worst of its execution light and its indicators' lights.
 * </ul>
 */
public final class MonitoringLights {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final TargetParser PARSER = new TargetParser();

    private MonitoringLights() {}

    /** Months passed ÷ 12, in percent to two decimals. */
    public static BigDecimal timeProgress(int monthsPassed) {
        if (monthsPassed < 1 || monthsPassed > 12) {
            throw new IllegalArgumentException("months passed must be 1–12, not " + monthsPassed);
        }
        return BigDecimal.valueOf(monthsPassed)
                .multiply(HUNDRED)
                .divide(BigDecimal.valueOf(12), 2, RoundingMode.HALF_UP);
    }

    /** part ÷ whole in percent (two decimals); null when either is missing or the whole is zero. */
    public static BigDecimal percent(BigDecimal part, BigDecimal whole) {
        if (part == null || whole == null || whole.signum() == 0) {
            return null;
        }
        return part.multiply(HUNDRED).divide(whole, 2, RoundingMode.HALF_UP);
    }

    /**
     * How far the current value has come towards the target, in percent; null where it cannot be said (words, a
     * less-is-better target, no number in the current value).
     */
    public static BigDecimal targetProgress(String target, String current, boolean satisfaction) {
        TargetValue t = PARSER.parse(target, satisfaction);
        if (t.qualitative() || t.notApplicable() || t.value() == null || t.direction() == Direction.REVERSE) {
            return null;
        }
        if (current == null || current.isBlank()) {
            return null;
        }
        TargetValue c = PARSER.parse(current, satisfaction || t.isPercent());
        return c.value() == null ? null : percent(c.value(), t.value()); // a range is reached at its lower bound
    }

    /** A progress against time progress; null progress gives no light. */
    public static Light ofProgress(BigDecimal progress, BigDecimal timeProgress, LightRules rules) {
        if (progress == null) {
            return null;
        }
        BigDecimal behind = timeProgress.subtract(progress);
        if (behind.compareTo(rules.yellowGap()) <= 0) {
            return Light.GREEN;
        }
        return behind.compareTo(rules.redGap()) <= 0 ? Light.YELLOW : Light.RED;
    }

    /** An indicator's light: its progress, capped by its likelihood. */
    public static Light ofIndicator(
            BigDecimal progress, Likelihood likelihood, BigDecimal timeProgress, LightRules rules) {
        Light byLikelihood = likelihood == null
                ? null
                : switch (likelihood) {
                    case CERTAIN -> Light.GREEN;
                    case POSSIBLE -> Light.YELLOW;
                    case IMPOSSIBLE -> Light.RED;
                };
        return Light.worse(ofProgress(progress, timeProgress, rules), byLikelihood);
    }
}
