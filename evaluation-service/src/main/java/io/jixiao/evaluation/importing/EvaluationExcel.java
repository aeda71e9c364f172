package io.jixiao.evaluation.importing;

import io.jixiao.rules.excel.SafeWorkbooks;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.Operation;

import io.jixiao.evaluation.evaluation.EvaluationService;
import io.jixiao.evaluation.evaluation.EvaluationView;
import io.jixiao.platform.web.Downloads;
import io.jixiao.platform.problem.ProblemException;
import io.jixiao.platform.security.Caller;
import io.jixiao.platform.security.Roles;
import io.jixiao.rules.excel.EvaluationWorkbook;
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
    private final EvaluationImports imports;
    private final Caller caller;

    EvaluationExcel(EvaluationService evaluations, EvaluationImports imports, Caller caller) {
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
        return Downloads.xlsx(EvaluationWorkbook.write(EvaluationForms.sheet(e, e.amountUnit())), name);
    }

    @POST
    @Path("/import")
    @Consumes(XLSX)
    @RolesAllowed({ Roles.ADMIN, Roles.UNIT_STAFF, Roles.DEPT_REVIEWER, Roles.FINANCE_REVIEWER })
    @Operation(summary = "Read a 项目支出绩效自评表 .xlsx in the layout the export writes; dryRun=true saves nothing")
    public SheetsAnswer importXlsx(byte[] body, @QueryParam("dryRun") boolean dryRun) {
        if (body == null || body.length == 0) {
            throw ProblemException.invalid("body", "is empty: upload an .xlsx file");
        }
        try {
            return imports.take(EvaluationWorkbook.read(new ByteArrayInputStream(body)), dryRun, caller);
        } catch (IOException | RuntimeException e) {
            if (e instanceof ProblemException p) {
                throw p;
            }
            throw ProblemException.invalid("body", SafeWorkbooks.problem(e));
        }
    }
}
