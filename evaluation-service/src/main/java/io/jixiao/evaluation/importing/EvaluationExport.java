package io.jixiao.evaluation.importing;

import io.jixiao.evaluation.evaluation.EvaluationService;
import io.jixiao.evaluation.evaluation.EvaluationView;
import io.jixiao.platform.problem.ProblemException;
import io.jixiao.platform.security.Caller;
import io.jixiao.platform.security.Roles;
import io.jixiao.platform.web.Downloads;
import io.jixiao.rules.excel.EvaluationWorkbook;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Excel out for self-evaluations: the official 项目支出绩效自评表 .xlsx (reading it back is EvaluationImportResource's). */
@Tag(name = "self-evaluations")
@Path("/api/v1/evaluations/{id}/export")
public class EvaluationExport {
    private final EvaluationService evaluations;
    private final Caller caller;

    EvaluationExport(EvaluationService evaluations, Caller caller) {
        this.evaluations = evaluations;
        this.caller = caller;
    }

    @GET
    @Produces(Downloads.XLSX)
    @RolesAllowed({Roles.ADMIN, Roles.AUDITOR, Roles.FINANCE_REVIEWER, Roles.DEPT_REVIEWER, Roles.UNIT_STAFF})
    @Operation(
            operationId = "exportEvaluation",
            summary = "导出: the self-evaluation as the official 项目支出绩效自评表 .xlsx, amounts in the project's unit",
            description = "导出: the official 项目支出绩效自评表 as an .xlsx, amounts in the project's unit.")
    public Response export(@PathParam("id") UUID id, @QueryParam("format") @DefaultValue("xlsx") String format) {
        if (!"xlsx".equals(format)) {
            throw ProblemException.invalid("format", "must be xlsx");
        }
        EvaluationView e = evaluations.get(id, caller);
        String name =
                (e.projectName() == null ? "self-evaluation" : e.projectName()) + "-" + e.fiscalYear() + "-自评表.xlsx";
        return Downloads.xlsx(EvaluationWorkbook.write(EvaluationForms.sheet(e, e.amountUnit())), name);
    }
}
