package io.jixiao.rules.scoring;

import java.math.BigDecimal;
import java.util.List;

/**
 * @param budgetRate  执行率 in percent (86.18), capped at 100 for the score but shown as computed
 * @param budgetScore budget execution score
 * @param indicators  one result per row, in the sheet's order
 * @param total       budget score + indicator scores
 * @param grade       优, 良, 中 or 差
 */
public record ScoreResult(
        BigDecimal budgetRate, BigDecimal budgetScore, List<RowScore> indicators, BigDecimal total, Grade grade) {

    /**
     * @param weight                 the weight the row was scored against (after sharing and rescaling)
     * @param score                  its score, null for a row that does not apply
     * @param needsDeviationAnalysis true when it scored below its weight: 偏差原因分析 is required
     * @param note                   why it scored what it did, in words
     */
    public record RowScore(
            String name, BigDecimal weight, BigDecimal score, boolean needsDeviationAnalysis, String note) {}
}
