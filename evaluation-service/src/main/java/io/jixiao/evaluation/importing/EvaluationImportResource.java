package io.jixiao.evaluation.importing;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.jixiao.platform.problem.Problem;
import io.jixiao.platform.problem.ProblemException;
import io.jixiao.platform.security.Caller;
import io.jixiao.platform.security.Roles;
import io.jixiao.rules.importing.DocumentReader;
import io.jixiao.rules.importing.ImportResult;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/**
 * 自评表导入: self-evaluation sheets pasted as text (seed 002's Word layout). Each sheet is re-scored with the engine
 * and compared with its published scores; unless {@code dryRun}, it is entered into the matching self-evaluation.
 */
@Path("/api/v1/evaluations")
@Tag(name = "import", description = "导入: self-evaluation sheets from the documents people have today")
public class EvaluationImportResource {
    private final EvaluationImports imports;
    private final Caller caller;

    EvaluationImportResource(EvaluationImports imports, Caller caller) {
        this.imports = imports;
        this.caller = caller;
    }

    @Schema(description = "The sheets found, each re-scored and (unless dryRun) saved, and what the reader had to guess")
    public record Answer(List<SheetImport> evaluations, List<String> warnings) {
    }

    @POST
    @Path("/import")
    @Consumes(MediaType.TEXT_PLAIN)
    @RolesAllowed({ Roles.ADMIN, Roles.UNIT_STAFF, Roles.DEPT_REVIEWER, Roles.FINANCE_REVIEWER })
    @Operation(summary = "Read 项目支出绩效自评表 sheets from text; re-score each; dryRun=true saves nothing, otherwise each "
            + "fills in the self-evaluation prepared for that project and year")
    public Answer importText(String body,
            @Parameter(description = "true: read and re-score, save nothing") @QueryParam("dryRun") boolean dryRun) {
        if (body == null || body.isBlank()) {
            throw ProblemException.invalid("body", "is empty: paste the text of a 项目支出绩效自评表");
        }
        if (body.indexOf('\u0000') >= 0) {
            throw ProblemException.invalid("body", "is binary, not text");
        }
        return answer(new DocumentReader(List.of()).read(body), dryRun);
    }

    Answer answer(ImportResult read, boolean dryRun) {
        if (read.evaluations().isEmpty()) {
            throw new ProblemException(new Problem("https://jixiao.io/problems/not-a-self-evaluation", "Not a self-evaluation",
                    422, "no 项目支出绩效自评表 was found" + (read.tables().isEmpty() ? ""
                            : "; it holds target tables: POST them to /api/v1/target-tables/import"), List.of()));
        }
        if (!dryRun && !caller.isAdmin() && !caller.has(Roles.UNIT_STAFF)) {
            throw ProblemException.forbidden("Reviewers and auditors read sheets with dryRun=true; unit staff and admins save them");
        }
        List<SheetImport> out = read.evaluations().stream().map(imports::check)
                .map(s -> dryRun ? s : imports.save(s, caller)).toList();
        return new Answer(out, read.warnings());
    }
}
