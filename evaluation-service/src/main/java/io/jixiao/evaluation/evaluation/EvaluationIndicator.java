package io.jixiao.evaluation.evaluation;

import io.jixiao.rules.scoring.Achievement;
import io.jixiao.rules.target.Direction;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.math.BigDecimal;

/** One indicator row of a self-evaluation: the approved target, what was achieved, and its score. */
@Embeddable
public class EvaluationIndicator {
    public String level1;
    public String level2;
    public String name;
    /** 年度指标值, from the approved table, as written. */
    @Column(name = "target_text")
    public String targetText;
    /** 分值: the table's own, or the policy's default shared over the indicators. */
    public BigDecimal weight;

    @Enumerated(EnumType.STRING)
    public Direction direction;

    public boolean applicable;
    /** 实际完成值, as written. */
    @Column(name = "actual_text")
    public String actualText;

    @Enumerated(EnumType.STRING)
    public Achievement achievement;
    /** The evaluator's score of a qualitative row, inside its band. */
    @Column(name = "evaluator_score")
    public BigDecimal evaluatorScore;
    /** 得分, as the engine computed it at the last save. */
    public BigDecimal score;

    @Column(name = "needs_deviation")
    public boolean needsDeviation;
    /** 偏差原因分析及改进措施 */
    @Column(name = "deviation_analysis")
    public String deviationAnalysis;
}
