package io.jixiao.indicator.importing;

import io.jixiao.platform.security.Caller;
import io.jixiao.platform.security.Roles;
import io.jixiao.platform.web.Downloads;
import io.jixiao.platform.web.Uploads;
import io.jixiao.rules.importing.ImportResult;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * 导入: target tables from the documents people have today, pasted as text in any of the seed layouts or uploaded as
 * the .xlsx this service exports or the .docx a unit filled in (one operation, told apart by Content-Type). {@code dryRun=true} answers what was read; otherwise the tables are saved as DRAFT
 * once project-service has registered (or found) their projects: 202 with the import to poll
 * ({@link ImportBatchResource}).
 */
@Path("/api/v1/target-tables/import")
@Tag(name = "import", description = "导入/导出: target tables in and out of the official layouts")
public class ImportResource {
    private final ImportRequests requests;
    private final Caller caller;

    ImportResource(ImportRequests requests, Caller caller) {
        this.requests = requests;
        this.caller = caller;
    }

    @POST
    @Consumes({MediaType.TEXT_PLAIN, Downloads.XLSX, Downloads.DOCX, Uploads.PDF})
    @RolesAllowed({Roles.ADMIN, Roles.UNIT_STAFF, Roles.DEPT_REVIEWER, Roles.FINANCE_REVIEWER})
    @Operation(
            operationId = "importTargetTables",
            summary =
                    "Read target tables from a document: text in any published layout, the .xlsx the export writes, or a Word .docx; dryRun=true returns them, otherwise they are saved as DRAFT tables of new or existing projects",
            description =
                    "导入: send the text of a published table (text/plain: copied from a web page, OCR, Word or Markdown), the official .xlsx, the .docx a unit filled in (its tables read cell by cell, merged cells included), or a PDF with a text layer (cells placed by their columns on the page; a scan without text answers 422); the Content-Type says which. Every table found and every guess made is reported. Saved imports are batches: 202 with Location; the tables appear once project-service has registered or found their projects.")
    @RequestBody(
            content = {
                @Content(mediaType = Downloads.XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary")),
                @Content(mediaType = Downloads.DOCX, schema = @Schema(type = SchemaType.STRING, format = "binary")),
                @Content(mediaType = Uploads.PDF, schema = @Schema(type = SchemaType.STRING, format = "binary")),
                @Content(
                        mediaType = MediaType.TEXT_PLAIN,
                        examples =
                                @ExampleObject(
                                        name = "tab layout",
                                        value =
                                                "郑州市总工会支出项目绩效目标表\n(2021年)\n项目名称\t劳动竞赛专项资金\t单位编码\t197001\n一级指标\t二级指标\t三级指标\t目标值\n"
                                                        + "产出目标\t数量\t参赛人次\t≥2000人次"))
            })
    @APIResponse(
            responseCode = "200",
            description = "dryRun=true: what was read, nothing saved",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = ImportResult.class)))
    @APIResponse(
            responseCode = "202",
            description = "saved as an import batch; follow Location for its progress",
            content =
                    @Content(mediaType = "application/json", schema = @Schema(implementation = ImportBatchView.class)))
    @APIResponse(
            responseCode = "422",
            description = "no target table was found in the document; detail says what was seen")
    public Response importDocument(
            byte[] body,
            @Context HttpHeaders headers,
            @Parameter(description = "true: read and return, save nothing") @QueryParam("dryRun") boolean dryRun,
            @Parameter(description = "the framework the document is written in; by default the one whose names it uses")
                    @QueryParam("framework")
                    String framework,
            @Parameter(description = "admins: the organisation the projects belong to; unit staff: their own (default)")
                    @QueryParam("orgCode")
                    String orgCode,
            @Parameter(description = "admins: record the tables as approved history (years decided before this system)")
                    @QueryParam("approved")
                    boolean approved) {
        String what = "the text of a target table";
        MediaType contentType = headers.getMediaType();
        byte[] document = Uploads.required(body, what);
        ImportResult read = switch (Uploads.kind(contentType)) {
            case XLSX -> requests.readXlsx(document);
            case DOCX -> requests.readDocx(document, framework);
            case PDF -> requests.readPdf(document, framework);
            case TEXT -> requests.readText(Uploads.text(document, contentType, what), framework);
        };
        return answer(read, dryRun, orgCode, approved);
    }

    private Response answer(ImportResult result, boolean dryRun, String orgCode, boolean approved) {
        ImportRequests.requireTables(result);
        if (dryRun) {
            return Response.ok(result).build();
        }
        ImportBatchView batch = requests.save(result, orgCode, approved, caller);
        return Response.accepted(batch)
                .location(URI.create("/api/v1/target-tables/imports/" + batch.id()))
                .build();
    }
}
