package io.jixiao.evaluation.importing;

import io.jixiao.evaluation.evaluation.Evaluation;
import io.jixiao.evaluation.evaluation.EvaluationInput;
import io.jixiao.evaluation.evaluation.EvaluationService;
import io.jixiao.evaluation.evaluation.EvaluationView;
import io.jixiao.evaluation.scoring.PolicyService;
import io.jixiao.platform.problem.Problem;
import io.jixiao.platform.problem.ProblemException;
import io.jixiao.platform.security.Caller;
import io.jixiao.platform.security.Roles;
import io.jixiao.platform.web.Filters;
import io.jixiao.rules.importing.EvaluationSheets;
import io.jixiao.rules.importing.ImportResult;
import io.jixiao.rules.importing.ImportedEvaluation;
import io.jixiao.rules.importing.ProjectFields;
import io.jixiao.rules.scoring.Sheet;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Imported self-evaluation sheets: re-scored against the policy of their year, and, when saved, entered into the
 * self-evaluation the system prepared for that year's approved target table of the same project (each sheet in its own
 * transaction, through the same update a unit's own entry goes through, so the same checks and scoring apply).
 */
@ApplicationScoped
public class EvaluationImports {
    private final EvaluationService evaluations;
    private final PolicyService policies;

    EvaluationImports(EvaluationService evaluations, PolicyService policies) {
        this.evaluations = evaluations;
        this.policies = policies;
    }

    /**
     * An import request: 422 when the text holds no sheet; otherwise each sheet re-scored and, unless {@code dryRun},
     * entered into its self-evaluation (unit staff and admins only; reviewers and auditors read).
     */
    public SheetsAnswer take(ImportResult read, boolean dryRun, Caller caller) {
        if (read.evaluations().isEmpty()) {
            throw new ProblemException(new Problem(
                    "https://jixiao.io/problems/not-a-self-evaluation",
                    "Not a self-evaluation",
                    422,
                    "no 项目支出绩效自评表 was found"
                            + (read.tables().isEmpty()
                                    ? ""
                                    : "; it holds target tables: POST them to /api/v1/target-tables/import"),
                    List.of()));
        }
        if (!dryRun && !caller.isAdmin() && !caller.has(Roles.UNIT_STAFF)) {
            throw ProblemException.forbidden(
                    "Reviewers and auditors read sheets with dryRun=true; unit staff and admins save them");
        }
        List<SheetImport> out = read.evaluations().stream()
                .map(this::check)
                .map(s -> dryRun ? s : save(s, caller))
                .toList();
        return new SheetsAnswer(out, read.warnings());
    }

    public SheetImport check(ImportedEvaluation e) {
        return ImportedSheets.check(e, policies.effective(e.year() == null ? 0 : e.year(), null));
    }

    public SheetImport save(SheetImport checked, Caller caller) {
        ImportedEvaluation e = checked.sheet();
        Evaluation target = find(e, caller);
        if (target == null) {
            return with(
                    checked,
                    null,
                    null,
                    "no self-evaluation of " + e.projectName() + " for " + e.year()
                            + " is open to you: it is prepared when the project's target table of that year is approved"
                            + " (import the target table first; for history an admin imports it with approved=true)");
        }
        try {
            EvaluationView before = evaluations.get(target.id, caller);
            EvaluationView after = evaluations.update(target.id, input(e, before), caller);
            return with(checked, after.id(), after.totalScore(), null);
        } catch (ProblemException p) {
            return with(checked, target.id, null, p.problem().detail());
        }
    }

    private static Evaluation find(ImportedEvaluation e, Caller caller) {
        if (e.year() == null || e.projectName() == null) {
            return null;
        }
        Filters f = new Filters()
                .scopedTo(caller, "orgPath")
                .eq("fiscalYear", e.year())
                .eq("projectName", e.projectName());
        List<Evaluation> found = Evaluation.list(f.where() + " order by updatedAt desc", f.params());
        return found.stream().filter(x -> x.status.editable()).findFirst().orElse(null);
    }

    /** The sheet's figures in the evaluation's row order, rows matched by name; rows the sheet lacks keep their values. */
    private static EvaluationInput input(ImportedEvaluation e, EvaluationView before) {
        ImportedEvaluation.BudgetLine b = e.totalBudget();
        EvaluationInput.Budget budget = b == null
                ? null
                : new EvaluationInput.Budget(
                        ProjectFields.yuan(b.initial(), e.amountUnit()),
                        ProjectFields.yuan(b.adjusted(), e.amountUnit()),
                        ProjectFields.yuan(b.executed(), e.amountUnit()),
                        null, // a 自评表 has no row for the government level: the split the unit entered stays
                        null);
        Sheet scored = EvaluationSheets.sheet(e);
        List<ImportedEvaluation.Row> named =
                e.indicators().stream().filter(x -> x.name() != null).toList();
        List<EvaluationInput.Row> rows = new ArrayList<>();
        for (EvaluationView.Row row : before.indicators()) {
            int i = indexOf(named, row.name());
            if (i < 0) {
                rows.add(new EvaluationInput.Row(
                        row.actual(), row.achievement(), row.evaluatorScore(), row.deviationAnalysis()));
            } else {
                Sheet.Row s = scored.indicators().get(i);
                rows.add(new EvaluationInput.Row(
                        named.get(i).actual(),
                        s.achievement(),
                        s.score(),
                        named.get(i).deviation()));
            }
        }
        return new EvaluationInput(e.expectedGoal(), e.actualOutcome(), budget, null, rows, null);
    }

    private static int indexOf(List<ImportedEvaluation.Row> rows, String name) {
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).name().equals(name)) {
                return i;
            }
        }
        return -1;
    }

    private static SheetImport with(SheetImport s, UUID id, BigDecimal total, String problem) {
        return new SheetImport(
                s.sheet(), s.publishedTotal(), s.rescored(), s.matchesPublished(), s.differences(), id, total, problem);
    }
}
