package io.jixiao.indicator.importing;

import io.jixiao.platform.problem.ProblemException;
import io.jixiao.platform.security.Caller;
import io.jixiao.platform.security.Roles;
import io.jixiao.platform.web.Downloads;
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
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Excel out: a target table as the official .xlsx (the import of that file is {@link ImportResource}'s). */
@Tag(name = "target tables")
@Path("/api/v1/target-tables/{id}/export")
public class ExcelExport {
    private final TableExports exports;
    private final Caller caller;

    ExcelExport(TableExports exports, Caller caller) {
        this.exports = exports;
        this.caller = caller;
    }

    @GET
    @Produces(Downloads.XLSX)
    @RolesAllowed({Roles.ADMIN, Roles.UNIT_STAFF, Roles.DEPT_REVIEWER, Roles.FINANCE_REVIEWER, Roles.AUDITOR})
    @Operation(
            operationId = "exportTargetTable",
            summary =
                    "导出: the target table as .xlsx in the official layout (一级/二级 merged, amounts in the table's unit)",
            description =
                    "导出: the official form as an .xlsx (一级/二级 merged, amounts in the table's unit), ready to print or to fill in and import again.")
    public Response export(
            @PathParam("id") UUID id,
            @Parameter(description = "only xlsx so far") @QueryParam("format") @DefaultValue("xlsx") String format) {
        if (!"xlsx".equals(format)) {
            throw ProblemException.invalid("format", "must be xlsx");
        }
        TableExports.File file = exports.xlsx(id, caller);
        return Downloads.xlsx(file.bytes(), file.name());
    }
}
