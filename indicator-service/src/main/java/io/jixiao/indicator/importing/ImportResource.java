package io.jixiao.indicator.importing;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.jixiao.indicator.framework.FrameworkService;
import io.jixiao.indicator.framework.FrameworkView;
import io.jixiao.indicator.framework.Level1;
import io.jixiao.platform.problem.Problem;
import io.jixiao.platform.problem.ProblemException;
import io.jixiao.platform.security.Caller;
import io.jixiao.platform.security.Roles;
import io.jixiao.rules.importing.DocumentReader;
import io.jixiao.rules.importing.ImportResult;
import io.jixiao.rules.importing.Levels;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * 导入: target tables from the documents people have today, pasted as text in any of the seed layouts or uploaded as
 * the .xlsx this service exports. {@code dryRun=true} answers what was read; otherwise the tables are saved as DRAFT
 * once project-service has registered (or found) their projects: 202 with the import to poll.
 */
@Path("/api/v1/target-tables")
@Tag(name = "import", description = "导入/导出: target tables in and out of the official layouts")
public class ImportResource {
    private final FrameworkService frameworks;
    private final ImportService imports;
    private final Caller caller;

    ImportResource(FrameworkService frameworks, ImportService imports, Caller caller) {
        this.frameworks = frameworks;
        this.imports = imports;
        this.caller = caller;
    }

    @POST
    @Path("/import")
    @Consumes(MediaType.TEXT_PLAIN)
    @RolesAllowed({ Roles.ADMIN, Roles.UNIT_STAFF, Roles.DEPT_REVIEWER, Roles.FINANCE_REVIEWER })
    @Operation(summary = "Read target tables from text in any seed layout (OCR lines, tab rows, one Word cell per line, "
            + "Markdown halves); dryRun=true returns them, otherwise they are saved as DRAFT tables of new or existing projects")
    @RequestBody(content = @Content(mediaType = MediaType.TEXT_PLAIN, examples = @ExampleObject(name = "tab layout",
            value = "郑州市总工会支出项目绩效目标表\n(2021年)\n项目名称\t劳动竞赛专项资金\t单位编码\t197001\n一级指标\t二级指标\t三级指标\t目标值\n"
                    + "产出目标\t数量\t参赛人次\t≥2000人次")))
    public Response importText(String body,
            @Parameter(description = "true: read and return, save nothing") @QueryParam("dryRun") boolean dryRun,
            @Parameter(description = "the framework the document is written in; by default the one whose names it uses")
            @QueryParam("framework") String framework,
            @Parameter(description = "admins: the organisation the projects belong to; unit staff: their own (default)")
            @QueryParam("orgCode") String orgCode,
            @Parameter(description = "admins: record the tables as approved history (years decided before this system)")
            @QueryParam("approved") boolean approved) {
        if (body == null || body.isBlank()) {
            throw ProblemException.invalid("body", "is empty: paste the text of a target table");
        }
        if (body.indexOf('\u0000') >= 0 || body.startsWith("PK\u0003\u0004")) {
            throw ProblemException.invalid("body", "is binary, not text: upload an .xlsx with Content-Type "
                    + ExcelImport.XLSX + " instead");
        }
        return answer(read(body, framework), dryRun, orgCode, approved);
    }

    @GET
    @Path("/imports/{id}")
    @RolesAllowed({ Roles.ADMIN, Roles.UNIT_STAFF, Roles.DEPT_REVIEWER, Roles.FINANCE_REVIEWER, Roles.AUDITOR })
    @Operation(summary = "An import and what became of each of its tables (WAITING, CREATED, REJECTED with reasons)")
    public ImportBatchView batch(@PathParam("id") UUID id) {
        return imports.get(id, caller);
    }

    Response answer(ImportResult result, boolean dryRun, String orgCode, boolean approved) {
        if (result.tables().isEmpty()) {
            throw new ProblemException(new Problem("https://jixiao.io/problems/not-a-target-table", "Not a target table", 422,
                    String.join("; ", result.warnings()), List.of()));
        }
        if (dryRun) {
            return Response.ok(result).build();
        }
        String org = owner(orgCode, approved);
        ImportBatchView batch = imports.start(result, org, approved, caller);
        return Response.accepted(batch).location(URI.create("/api/v1/target-tables/imports/" + batch.id())).build();
    }

    ImportResult read(String text, String framework) {
        List<Levels> all = frameworks.latest().stream().map(ImportResource::levels).toList();
        if (framework != null && all.stream().noneMatch(l -> l.code().equals(framework))) {
            throw ProblemException.invalid("framework", "no framework " + framework + "; GET /api/v1/frameworks lists them");
        }
        return new DocumentReader(all).read(text, framework);
    }

    /** Whose projects the tables become: unit staff import for their own organisation, admins for the one they name. */
    private String owner(String orgCode, boolean approved) {
        String requested = orgCode == null || orgCode.isBlank() ? null : orgCode.strip();
        if (caller.isAdmin()) {
            if (requested == null) {
                throw ProblemException.invalid("orgCode", "is required when an admin saves an import");
            }
            return requested;
        }
        if (approved) {
            throw ProblemException.forbidden("Only admins record imported tables as approved history");
        }
        if (!caller.has(Roles.UNIT_STAFF)) {
            throw ProblemException.forbidden("Reviewers read documents with dryRun=true; unit staff and admins save them");
        }
        String own = caller.requireOrgCode();
        if (requested != null && !requested.equals(own)) {
            throw ProblemException.forbidden("Unit staff import tables for their own organisation (" + own + ") only");
        }
        return own;
    }

    private static Levels levels(FrameworkView f) {
        java.util.Map<String, List<String>> m = new java.util.LinkedHashMap<>();
        for (Level1 l : f.level1()) {
            m.put(l.name(), l.level2());
        }
        return new Levels(f.code(), m);
    }
}
