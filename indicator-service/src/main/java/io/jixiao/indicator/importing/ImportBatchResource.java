package io.jixiao.indicator.importing;

import io.jixiao.platform.security.Caller;
import io.jixiao.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** An import in progress: the 202 of {@link ImportResource} points here. */
@Path("/api/v1/target-tables/imports")
@Tag(name = "import")
public class ImportBatchResource {
    private final ImportService imports;
    private final Caller caller;

    ImportBatchResource(ImportService imports, Caller caller) {
        this.imports = imports;
        this.caller = caller;
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.ADMIN, Roles.UNIT_STAFF, Roles.DEPT_REVIEWER, Roles.FINANCE_REVIEWER, Roles.AUDITOR})
    @Operation(
            operationId = "getImportBatch",
            summary = "An import and what became of each of its tables (WAITING, CREATED, REJECTED with reasons)",
            description =
                    "Poll this after a saved import: each table WAITING for its project, CREATED (with its id) or REJECTED (with the reasons).")
    public ImportBatchView batch(@PathParam("id") UUID id) {
        return imports.get(id, caller);
    }
}
