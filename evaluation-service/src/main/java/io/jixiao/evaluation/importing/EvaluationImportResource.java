package io.jixiao.evaluation.importing;

import io.jixiao.platform.problem.ProblemException;
import io.jixiao.platform.security.Caller;
import io.jixiao.platform.security.Roles;
import io.jixiao.platform.web.Downloads;
import io.jixiao.rules.excel.EvaluationWorkbook;
import io.jixiao.rules.excel.SafeWorkbooks;
import io.jixiao.rules.importing.DocumentReader;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * 自评表导入: self-evaluation sheets pasted as text (seed 002's Word layout) or uploaded as the .xlsx the export
 * writes (one path, told apart by Content-Type). Each sheet is re-scored with the engine
 * and compared with its published scores; unless {@code dryRun}, it is entered into the matching self-evaluation.
 */
@Path("/api/v1/evaluations/import")
@Tag(name = "import", description = "导入: self-evaluation sheets from the documents people have today")
public class EvaluationImportResource {
    private final EvaluationImports imports;
    private final Caller caller;

    EvaluationImportResource(EvaluationImports imports, Caller caller) {
        this.imports = imports;
        this.caller = caller;
    }

    @POST
    @Consumes(MediaType.TEXT_PLAIN)
    @RolesAllowed({Roles.ADMIN, Roles.UNIT_STAFF, Roles.DEPT_REVIEWER, Roles.FINANCE_REVIEWER})
    @Operation(
            operationId = "importEvaluationsFromText",
            summary = "Read 项目支出绩效自评表 sheets from text; re-score each; dryRun=true saves nothing, otherwise each "
                    + "fills in the self-evaluation prepared for that project and year",
            description =
                    "导入: the text of published 项目支出绩效自评表 sheets. Each row is re-scored with the year's policy and compared with the published score.")
    @APIResponse(
            responseCode = "200",
            description = "each sheet re-scored; saved unless dryRun",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = SheetsAnswer.class)))
    @APIResponse(responseCode = "422", description = "no 项目支出绩效自评表 was found in the document")
    public SheetsAnswer importText(
            String body,
            @Parameter(description = "true: read and re-score, save nothing") @QueryParam("dryRun") boolean dryRun) {
        if (body == null || body.isBlank()) {
            throw ProblemException.invalid("body", "is empty: paste the text of a 项目支出绩效自评表");
        }
        if (body.indexOf('\u0000') >= 0) {
            throw ProblemException.invalid("body", "is binary, not text");
        }
        return imports.take(new DocumentReader(List.of()).read(body), dryRun, caller);
    }

    @POST
    @Consumes(Downloads.XLSX)
    @RolesAllowed({Roles.ADMIN, Roles.UNIT_STAFF, Roles.DEPT_REVIEWER, Roles.FINANCE_REVIEWER})
    @Operation(
            operationId = "importEvaluationsFromExcel",
            summary = "Read a 项目支出绩效自评表 .xlsx in the layout the export writes; dryRun=true saves nothing",
            description = "导入: an .xlsx in the layout exportEvaluation writes. Same answers as the text import.")
    @APIResponse(
            responseCode = "200",
            description = "each sheet re-scored; saved unless dryRun",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = SheetsAnswer.class)))
    @APIResponse(responseCode = "422", description = "no 项目支出绩效自评表 was found in the workbook")
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
