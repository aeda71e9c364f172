package io.jixiao.rules.importing;

import java.util.List;
import java.util.Map;

/**
 * A target table read from a document. {@code header} keeps every header field by its printed label (项目名称, 单位编码 …)
 * exactly as printed; {@code project} is the same header in the project register's terms (name, unitCode, amounts
 * converted to 元), ready to register the project. Indicators carry their 一级 and 二级 filled in.
 *
 * @param period ANNUAL or MID_TERM (seed 003 prints both side by side: they become two tables)
 * @param amountUnit the unit the document wrote its amounts in (元 or 万元)
 */
public record ImportedTable(
        String title,
        Integer year,
        String period,
        Integer periodStartYear,
        Integer periodEndYear,
        String framework,
        String amountUnit,
        Map<String, String> header,
        Map<String, Object> project,
        String overallGoal,
        String annualGoal,
        List<CostLine> costItems,
        List<Indicator> indicators) {

    /**
     * One 三级 indicator (or an empty 二级 branch, where {@code name} is null).
     *
     * @param target 目标值 / 指标值 as printed
     * @param standard 绩效标准, where the layout has one
     * @param expected 当年预期实现值, where the layout has one
     * @param weight 分值 as printed, where the document gives one (self-evaluation sheets)
     */
    public record Indicator(
            String level1, String level2, String name, String target, String standard, String expected, String weight) {
        public Indicator(String level1, String level2, String name, String target) {
            this(level1, level2, name, target, null, null, null);
        }

        public Indicator(String level1, String level2, String name, String target, String standard, String expected) {
            this(level1, level2, name, target, standard, expected, null);
        }

        /** level1|level2|name|target, the way tests write expected rows. */
        public String line() {
            return level1 + "|" + level2 + "|" + name + "|" + target;
        }
    }

    /** A line of the cost breakdown (成本构成) as printed; amounts in the table's unit. */
    public record CostLine(String item, String amount, String basis, String lastYearActual, String thisYearPlan) {}

    public String field(String label) {
        return header.get(label);
    }

    /** The indicators that name a 三级 indicator (empty branches left out). */
    public List<Indicator> named() {
        return indicators.stream().filter(i -> i.name() != null).toList();
    }
}
