package io.jixiao.indicator.importing;

import java.util.LinkedHashMap;
import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.jixiao.indicator.framework.FrameworkService;
import io.jixiao.indicator.framework.FrameworkView;
import io.jixiao.indicator.framework.Level1;
import io.jixiao.platform.problem.Problem;
import io.jixiao.platform.problem.ProblemException;
import io.jixiao.platform.security.Roles;
import io.jixiao.rules.importing.ImportResult;
import io.jixiao.rules.importing.TabLayoutReader;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/**
 * Reads target tables pasted as text. So far: the tab-separated layout (seed 001) and {@code dryRun=true}, which returns
 * what was read without saving it; the other seed layouts, saving and Excel come with the import issue.
 */
@Path("/api/v1/target-tables/import")
@Tag(name = "import", description = "导入: target tables from the documents people have today")
@RolesAllowed({ Roles.ADMIN, Roles.UNIT_STAFF, Roles.DEPT_REVIEWER, Roles.FINANCE_REVIEWER })
public class ImportResource {
    private final FrameworkService frameworks;

    ImportResource(FrameworkService frameworks) {
        this.frameworks = frameworks;
    }

    @POST
    @Consumes(MediaType.TEXT_PLAIN)
    @Operation(summary = "Read target tables from text (tab-separated layout); dryRun=true returns them without saving")
    public ImportResult importText(String body,
            @Parameter(description = "true: read and return, save nothing") @QueryParam("dryRun") @DefaultValue("false") boolean dryRun,
            @Parameter(description = "the framework the document is written in") @QueryParam("framework") @DefaultValue("ZHENGZHOU-2019") String framework) {
        if (!dryRun) {
            throw ProblemException.invalid("dryRun", "only dryRun=true is available yet: imported tables are read and "
                    + "returned; saving them as DRAFT tables comes next");
        }
        if (body == null || body.isBlank()) {
            throw ProblemException.invalid("body", "is empty: paste the text of a target table");
        }
        if (body.indexOf('\u0000') >= 0) {
            throw ProblemException.invalid("body", "is binary, not text: upload an .xlsx to the Excel import instead");
        }
        ImportResult result = new TabLayoutReader(levels(frameworks.get(framework, null))).read(body);
        if (result.tables().isEmpty()) {
            throw new ProblemException(new Problem("https://jixiao.io/problems/not-a-target-table", "Not a target table",
                    422, String.join("; ", result.warnings()), java.util.List.of()));
        }
        return result;
    }

    private static Map<String, java.util.List<String>> levels(FrameworkView f) {
        Map<String, java.util.List<String>> m = new LinkedHashMap<>();
        for (Level1 l : f.level1()) {
            m.put(l.name(), l.level2());
        }
        return m;
    }
}
