package io.jixiao.evaluation.importing;

import io.jixiao.rules.excel.SafeWorkbooks;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.Operation;

import io.jixiao.evaluation.evaluation.EvaluationService;
import io.jixiao.evaluation.evaluation.EvaluationView;
import io.jixiao.platform.web.Downloads;
import io.jixiao.platform.problem.ProblemException;
import io.jixiao.platform.security.Caller;
import io.jixiao.platform.security.Roles;
import io.jixiao.rules.excel.EvaluationWorkbook;
import io.jixiao.rules.importing.ImportedEvaluation;
import io.jixiao.rules.importing.ProjectFields;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;

/** Excel in and out for self-evaluations: the official 项目支出绩效自评表 .xlsx, and that file read back. */
@Path("/api/v1/evaluations")
public class EvaluationExcel {
    public static final String XLSX = Downloads.XLSX;

    private final EvaluationService evaluations;
    private final EvaluationImportResource imports;
    private final Caller caller;

    EvaluationExcel(EvaluationService evaluations, EvaluationImportResource imports, Caller caller) {
        this.evaluations = evaluations;
        this.imports = imports;
        this.caller = caller;
    }

    @GET
    @Path("/{id}/export")
    @Produces(XLSX)
    @RolesAllowed({ Roles.ADMIN, Roles.AUDITOR, Roles.FINANCE_REVIEWER, Roles.DEPT_REVIEWER, Roles.UNIT_STAFF })
    @Operation(summary = "导出: the self-evaluation as the official 项目支出绩效自评表 .xlsx, amounts in the project's unit")
    public Response export(@PathParam("id") UUID id, @QueryParam("format") @DefaultValue("xlsx") String format) {
        if (!"xlsx".equals(format)) {
            throw ProblemException.invalid("format", "must be xlsx");
        }
        EvaluationView e = evaluations.get(id, caller);
        String name = (e.projectName() == null ? "self-evaluation" : e.projectName()) + "-" + e.fiscalYear() + "-自评表.xlsx";
        return Downloads.xlsx(EvaluationWorkbook.write(sheet(e, e.amountUnit())), name);
    }

    @POST
    @Path("/import")
    @Consumes(XLSX)
    @RolesAllowed({ Roles.ADMIN, Roles.UNIT_STAFF, Roles.DEPT_REVIEWER, Roles.FINANCE_REVIEWER })
    @Operation(summary = "Read a 项目支出绩效自评表 .xlsx in the layout the export writes; dryRun=true saves nothing")
    public EvaluationImportResource.Answer importXlsx(byte[] body, @QueryParam("dryRun") boolean dryRun) {
        if (body == null || body.length == 0) {
            throw ProblemException.invalid("body", "is empty: upload an .xlsx file");
        }
        try {
            return imports.answer(EvaluationWorkbook.read(new ByteArrayInputStream(body)), dryRun);
        } catch (IOException | RuntimeException e) {
            if (e instanceof ProblemException p) {
                throw p;
            }
            throw ProblemException.invalid("body", SafeWorkbooks.problem(e));
        }
    }

    /** The stored self-evaluation in the form's terms: amounts in 万元 where the project is kept in 万元. */
    static ImportedEvaluation sheet(EvaluationView e, String amountUnit) {
        String unit = ProjectFields.unitLabel(amountUnit);
        EvaluationView.Budget b = e.budget();
        String rate = b.rate() == null ? null : plain(b.rate()) + "%";
        List<ImportedEvaluation.BudgetLine> budget = List.of(new ImportedEvaluation.BudgetLine("年度资金总额",
                amount(b.initial(), unit), amount(b.adjusted(), unit), amount(b.executed(), unit), plain(b.weight()), rate,
                plain(b.score())));
        List<ImportedEvaluation.Row> rows = e.indicators().stream().map(r -> new ImportedEvaluation.Row(r.level1(), r.level2(),
                r.name(), r.target(), r.actual(), plain(r.weight()), plain(r.score()), r.deviationAnalysis())).toList();
        BigDecimal weights = e.indicators().stream().map(EvaluationView.Row::weight).filter(w -> w != null)
                .reduce(b.weight() == null ? BigDecimal.ZERO : b.weight(), BigDecimal::add);
        return new ImportedEvaluation("项目支出绩效自评表", e.fiscalYear(), e.projectName(), null, e.orgCode(), unit, budget,
                e.goalExpected(), e.goalActual(), rows, plain(weights), plain(e.totalScore()), null);
    }

    private static String amount(BigDecimal yuan, String unit) {
        return yuan == null ? "" : ProjectFields.printed(yuan, unit);
    }

    private static String plain(BigDecimal v) {
        return ProjectFields.printed(v, "元");
    }
}
