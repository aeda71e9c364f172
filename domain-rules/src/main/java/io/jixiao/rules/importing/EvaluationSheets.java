package io.jixiao.rules.importing;

import io.jixiao.rules.scoring.Achievement;
import io.jixiao.rules.scoring.Sheet;
import io.jixiao.rules.target.Satisfaction;
import io.jixiao.rules.target.TargetParser;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * An imported self-evaluation as a sheet the scoring engine can score, amounts in 元. Qualitative rows carry the
 * evaluator's published score as their pick (achieved when it is the full weight, not achieved at zero, partial between),
 * so re-scoring checks the arithmetic of every quantitative row and of the total.
 */
public final class EvaluationSheets {
    private static final TargetParser PARSER = new TargetParser();

    private EvaluationSheets() {}

    public static Sheet sheet(ImportedEvaluation e) {
        ImportedEvaluation.BudgetLine b = e.totalBudget();
        Sheet.Budget budget = b == null
                ? null
                : new Sheet.Budget(
                        ProjectFields.yuan(b.adjusted(), e.amountUnit()),
                        ProjectFields.yuan(b.executed(), e.amountUnit()),
                        number(b.weight()));
        List<Sheet.Row> rows = new ArrayList<>();
        // where the sheet prints 分值, a row without one is a detail of the row above ("其中…"), scored with it
        boolean printsWeights = e.indicators().stream().anyMatch(r -> number(r.weight()) != null);
        for (ImportedEvaluation.Row r : e.indicators()) {
            if (r.name() == null) {
                continue; // an empty branch of the form
            }
            BigDecimal weight = number(r.weight());
            if (weight == null && printsWeights) {
                weight = BigDecimal.ZERO;
            }
            BigDecimal score = number(r.score());
            boolean qualitative = r.target() != null
                    && PARSER.parse(r.target(), Satisfaction.is(r.level1(), r.level2()))
                            .qualitative();
            Achievement a = !qualitative || score == null || weight == null
                    ? null
                    : score.compareTo(weight) >= 0
                            ? Achievement.ACHIEVED
                            : score.signum() == 0 ? Achievement.NOT_ACHIEVED : Achievement.PARTIAL;
            rows.add(new Sheet.Row(
                    r.level1(),
                    r.level2(),
                    r.name(),
                    r.target(),
                    r.actual(),
                    weight,
                    null,
                    a,
                    qualitative ? score : null,
                    null));
        }
        return new Sheet(budget, rows);
    }

    /**
     * The targets a self-evaluation sheet was scored against, as the approved target table of its year: for history
     * that exists only as a published 自评表 (seed 002's 2020 sheets). The year's amount is the 全年预算数.
     */
    public static ImportedTable targets(ImportedEvaluation e, List<String> warnings) {
        java.util.Map<String, String> header = new java.util.LinkedHashMap<>();
        header.put("项目名称", e.projectName());
        if (e.department() != null) {
            header.put("主管部门", e.department());
        }
        if (e.implementer() != null) {
            header.put("实施单位", e.implementer());
        }
        ImportedEvaluation.BudgetLine b = e.totalBudget();
        if (b != null && b.adjusted() != null && !b.adjusted().isBlank()) {
            header.put("年度资金总额", b.adjusted());
        }
        List<ImportedTable.Indicator> indicators = e.indicators().stream()
                .map(r -> new ImportedTable.Indicator(
                        r.level1(),
                        r.level2(),
                        r.name(),
                        r.name() == null ? null : r.target(),
                        null,
                        null,
                        r.name() == null ? null : r.weight()))
                .toList();
        warnings.add(
                e.projectName() + ": the " + e.year() + " self-evaluation sheet gives the targets it was scored against"
                        + " (read as that year's approved target table)");
        return new ImportedTable(
                "项目支出绩效目标表（据" + e.year() + "年度自评表）",
                e.year(),
                "ANNUAL",
                e.year(),
                e.year(),
                e.framework(),
                e.amountUnit(),
                header,
                ProjectFields.of(header, e.year(), e.amountUnit(), e.projectName(), warnings),
                e.expectedGoal(),
                e.expectedGoal(),
                List.of(),
                indicators);
    }

    /** A printed number ("10", "5.5"); null for blanks and "—". */
    public static BigDecimal number(String text) {
        return ProjectFields.yuan(text, "元");
    }
}
