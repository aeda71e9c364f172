package io.jixiao.evaluation.importing;

import io.jixiao.platform.problem.ProblemException;
import io.jixiao.platform.security.Caller;
import io.jixiao.platform.security.Roles;
import io.jixiao.platform.web.Downloads;
import io.jixiao.platform.web.Uploads;
import io.jixiao.rules.excel.EvaluationWorkbook;
import io.jixiao.rules.excel.SafeWorkbooks;
import io.jixiao.rules.importing.DocumentReader;
import io.jixiao.rules.importing.ImportResult;
import io.jixiao.rules.importing.StandardFrameworks;
import io.jixiao.rules.pdf.PdfDocuments;
import io.jixiao.rules.word.WordDocuments;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
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
    /** Stateless: every read makes its own layout and content readers. */
    private static final DocumentReader READER = new DocumentReader(StandardFrameworks.all());

    private final EvaluationImports imports;
    private final Caller caller;

    EvaluationImportResource(EvaluationImports imports, Caller caller) {
        this.imports = imports;
        this.caller = caller;
    }

    @POST
    @Consumes({MediaType.TEXT_PLAIN, Downloads.XLSX, Downloads.DOCX, Uploads.PDF})
    @RolesAllowed({Roles.ADMIN, Roles.UNIT_STAFF, Roles.DEPT_REVIEWER, Roles.FINANCE_REVIEWER})
    @Operation(
            operationId = "importEvaluations",
            summary =
                    "Read 项目支出绩效自评表 sheets from a document (text, the .xlsx the export writes, a Word .docx, or a PDF with a text layer: a scan answers 422) and re-score each; dryRun=true saves nothing, otherwise each fills in the self-evaluation prepared for that project and year",
            description =
                    "导入: send the text of published sheets (text/plain), the official .xlsx, or the .docx a unit filled in; the Content-Type says which. Each row is re-scored with the year's policy and compared with the published score.")
    @APIResponse(
            responseCode = "200",
            description = "each sheet re-scored; saved unless dryRun",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = SheetsAnswer.class)))
    @APIResponse(responseCode = "422", description = "no 项目支出绩效自评表 was found in the document")
    @RequestBody(
            content = {
                @Content(mediaType = MediaType.TEXT_PLAIN),
                @Content(mediaType = Downloads.XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary")),
                @Content(mediaType = Downloads.DOCX, schema = @Schema(type = SchemaType.STRING, format = "binary")),
                @Content(mediaType = Uploads.PDF, schema = @Schema(type = SchemaType.STRING, format = "binary"))
            })
    public SheetsAnswer importDocument(
            byte[] body,
            @Context HttpHeaders headers,
            @Parameter(description = "true: read and re-score, save nothing") @QueryParam("dryRun") boolean dryRun) {
        String what = "the text of a 项目支出绩效自评表";
        ImportResult read;
        try {
            read = read(Uploads.required(body, what), headers.getMediaType(), what);
        } catch (IOException | RuntimeException e) {
            if (e instanceof ProblemException p) {
                throw p;
            }
            throw ProblemException.invalid("body", SafeWorkbooks.problem(e));
        }
        return imports.take(read, dryRun, caller);
    }

    /** A PDF's text layer; a scan (422) or a file that is no readable PDF (400) says so. */
    private static String pdfText(byte[] document) {
        try {
            return PdfDocuments.text(document);
        } catch (PdfDocuments.NoTextLayer e) {
            throw Uploads.noTextLayer(e.getMessage());
        } catch (PdfDocuments.Refused e) {
            throw Uploads.refused(e.getMessage());
        }
    }

    /** The sheets of a document, read by the reader its Content-Type calls for. */
    private static ImportResult read(byte[] document, MediaType contentType, String what) throws IOException {
        return switch (Uploads.kind(contentType)) {
            case XLSX -> EvaluationWorkbook.read(new ByteArrayInputStream(document));
            case DOCX -> READER.read(WordDocuments.text(new ByteArrayInputStream(document)));
            case PDF -> READER.read(pdfText(document));
            case TEXT -> READER.read(Uploads.text(document, contentType, what));
        };
    }
}
