package io.jixiao.rules.scoring;

import io.jixiao.rules.target.Direction;
import java.math.BigDecimal;
import java.util.List;

/** A self-evaluation sheet (项目支出绩效自评表) to score: the budget block and the indicator rows. */
public record Sheet(Budget budget, List<Row> indicators) {

    /** 全年预算数, 全年执行数 and the weight of budget execution (null: the policy's). */
    public record Budget(BigDecimal adjusted, BigDecimal executed, BigDecimal weight) {}

    /**
     * One indicator row. {@code target} and {@code actual} are as written (年度指标值, 实际完成值); {@code weight} null means
     * the policy's 一级 weight shared evenly; {@code direction} null means read from the target; qualitative rows carry
     * the evaluator's {@code achievement} and {@code score}; {@code applicable} false drops the row and rescales.
     */
    public record Row(
            String level1,
            String level2,
            String name,
            String target,
            String actual,
            BigDecimal weight,
            Direction direction,
            Achievement achievement,
            BigDecimal score,
            Boolean applicable) {}
}
