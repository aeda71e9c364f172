package io.jixiao.rules.importing;

import java.util.List;

/**
 * A self-evaluation sheet (项目支出绩效自评表) as printed: the budget block, the goals, every indicator with its target,
 * actual value, weight and published score, and the published total. Numbers stay text here; the services parse them.
 * {@code framework} is the indicator framework the sheet is written in.
 */
public record ImportedEvaluation(
        String title,
        Integer year,
        String projectName,
        String department,
        String implementer,
        String amountUnit,
        List<BudgetLine> budget,
        String expectedGoal,
        String actualOutcome,
        List<Row> indicators,
        String totalWeight,
        String totalScore,
        String framework) {

    /**
     * 年度资金总额 / 当年财政拨款 / 上年结转资金 / 其他资金: 年初预算数, 全年预算数, 全年执行数, 分值, 执行率, 得分
     * ("—" where the form has no value).
     */
    public record BudgetLine(
            String source,
            String initial,
            String adjusted,
            String executed,
            String weight,
            String rate,
            String score) {}

    /** One indicator: 年度指标值, 实际完成值, 分值, 得分, 偏差原因分析及改进措施. */
    public record Row(
            String level1,
            String level2,
            String name,
            String target,
            String actual,
            String weight,
            String score,
            String deviation) {}

    /** The 年度资金总额 line: the figures the budget execution score is computed from. */
    public BudgetLine totalBudget() {
        return budget.isEmpty() ? null : budget.get(0);
    }
}
