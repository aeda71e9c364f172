package io.jixiao.evaluation.importing;

import io.jixiao.evaluation.evaluation.EvaluationView;
import io.jixiao.rules.importing.ImportedEvaluation;
import io.jixiao.rules.importing.ProjectFields;
import java.math.BigDecimal;
import java.util.List;

/** A stored self-evaluation as the official 项目支出绩效自评表 form, so export and import share one layout. */
final class EvaluationForms {
    private EvaluationForms() {}

    /** The stored self-evaluation in the form's terms: amounts in 万元 where the project is kept in 万元. */
    static ImportedEvaluation sheet(EvaluationView e, String amountUnit) {
        String unit = ProjectFields.unitLabel(amountUnit);
        EvaluationView.Budget b = e.budget();
        String rate = b.rate() == null ? null : plain(b.rate()) + "%";
        List<ImportedEvaluation.BudgetLine> budget = List.of(new ImportedEvaluation.BudgetLine(
                "年度资金总额",
                amount(b.initial(), unit),
                amount(b.adjusted(), unit),
                amount(b.executed(), unit),
                plain(b.weight()),
                rate,
                plain(b.score())));
        List<ImportedEvaluation.Row> rows = e.indicators().stream()
                .map(r -> new ImportedEvaluation.Row(
                        r.level1(),
                        r.level2(),
                        r.name(),
                        r.target(),
                        r.actual(),
                        plain(r.weight()),
                        plain(r.score()),
                        r.deviationAnalysis()))
                .toList();
        BigDecimal weights = e.indicators().stream()
                .map(EvaluationView.Row::weight)
                .filter(w -> w != null)
                .reduce(b.weight() == null ? BigDecimal.ZERO : b.weight(), BigDecimal::add);
        return new ImportedEvaluation(
                "项目支出绩效自评表",
                e.fiscalYear(),
                e.projectName(),
                null,
                e.orgCode(),
                unit,
                budget,
                e.goalExpected(),
                e.goalActual(),
                rows,
                plain(weights),
                plain(e.totalScore()),
                null);
    }

    private static String amount(BigDecimal yuan, String unit) {
        return yuan == null ? "" : ProjectFields.printed(yuan, unit);
    }

    private static String plain(BigDecimal v) {
        return ProjectFields.printed(v, "元");
    }
}
