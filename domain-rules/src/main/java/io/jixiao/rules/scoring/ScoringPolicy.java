package io.jixiao.rules.scoring;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Every number of the scoring rules (财预〔2020〕10号 and local practice), configurable per fiscal year and region.
 *
 * @param budgetWeight  weight of budget execution (10; some provinces 20)
 * @param level1Weights weight of each 一级指标, keyed by a word its name contains (产出 50, 效益 30, 满意度 10)
 * @param reverse       the formula for a missed less-is-better target
 * @param bands         the share of the weight a qualitative verdict may score
 * @param decimals      2, or 0 for sheets scored in whole points
 * @param excellent     优 at or above (90)
 * @param good          良 at or above (80)
 * @param pass          中 at or above (60); below is 差
 * @param fairCutPercent next year's budget cut for a 中 project (结果应用; 10 % by default)
 * @param poorCutPercent next year's budget cut for a 差 project (100 %, i.e. cancelled, by default)
 */
public record ScoringPolicy(
        BigDecimal budgetWeight,
        Map<String, BigDecimal> level1Weights,
        ReverseFormula reverse,
        Map<Achievement, Band> bands,
        int decimals,
        BigDecimal excellent,
        BigDecimal good,
        BigDecimal pass,
        BigDecimal fairCutPercent,
        BigDecimal poorCutPercent) {

    public static final BigDecimal DEFAULT_FAIR_CUT = BigDecimal.TEN;
    public static final BigDecimal DEFAULT_POOR_CUT = BigDecimal.valueOf(100);

    /** Policies stored before the cuts existed read with the default cuts. */
    public ScoringPolicy {
        fairCutPercent = fairCutPercent == null ? DEFAULT_FAIR_CUT : fairCutPercent;
        poorCutPercent = poorCutPercent == null ? DEFAULT_POOR_CUT : poorCutPercent;
    }

    /** A policy with the default cuts for next year's budget. */
    public ScoringPolicy(
            BigDecimal budgetWeight,
            Map<String, BigDecimal> level1Weights,
            ReverseFormula reverse,
            Map<Achievement, Band> bands,
            int decimals,
            BigDecimal excellent,
            BigDecimal good,
            BigDecimal pass) {
        this(budgetWeight, level1Weights, reverse, bands, decimals, excellent, good, pass, null, null);
    }

    /** The MOF 2020 policy: budget 10; 产出 50, 效益 30, 满意度 10; bands 80/60; two decimals; 90/80/60. */
    public static ScoringPolicy mof2020() {
        Map<String, BigDecimal> weights = new LinkedHashMap<>();
        weights.put("产出", BigDecimal.valueOf(50));
        weights.put("效益", BigDecimal.valueOf(30));
        weights.put("满意度", BigDecimal.valueOf(10));
        Map<Achievement, Band> bands = new LinkedHashMap<>();
        bands.put(Achievement.ACHIEVED, Band.of(80, 100));
        bands.put(Achievement.PARTIAL, Band.of(60, 80));
        bands.put(Achievement.NOT_ACHIEVED, Band.of(0, 60));
        return new ScoringPolicy(
                BigDecimal.TEN,
                weights,
                ReverseFormula.RATIO,
                bands,
                2,
                BigDecimal.valueOf(90),
                BigDecimal.valueOf(80),
                BigDecimal.valueOf(60));
    }

    /** The grade of a total by the policy's bands: 优, 良, 中 or 差. */
    public Grade grade(BigDecimal total) {
        if (total.compareTo(excellent) >= 0) {
            return Grade.EXCELLENT;
        }
        if (total.compareTo(good) >= 0) {
            return Grade.GOOD;
        }
        return total.compareTo(pass) >= 0 ? Grade.FAIR : Grade.POOR;
    }
}
