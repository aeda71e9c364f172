package io.jixiao.evaluation.evidence;

import io.jixiao.platform.security.Caller;
import io.jixiao.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** 佐证材料 of a monitoring sheet: the body is the file itself. */
@Path("/api/v1/monitoring-sheets/{id}/evidence")
@Tag(name = "evidence")
@RolesAllowed({Roles.ADMIN, Roles.AUDITOR, Roles.FINANCE_REVIEWER, Roles.DEPT_REVIEWER, Roles.UNIT_STAFF})
public class MonitoringEvidenceResource {
    private final EvidenceService evidence;
    private final Caller caller;

    MonitoringEvidenceResource(EvidenceService evidence, Caller caller) {
        this.evidence = evidence;
        this.caller = caller;
    }

    @POST
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed({Roles.ADMIN, Roles.UNIT_STAFF})
    @Operation(
            operationId = "uploadMonitoringEvidence",
            summary = "Attach a file (PDF, image, Word, Excel; ≤ 20 MB) to a monitoring sheet the unit still edits",
            description =
                    "佐证材料 for a monitoring sheet: the body is the file itself, its name in fileName; PDF, images, Word or Excel by content, up to 20 MB. The unit's staff, while the sheet is DRAFT or RETURNED.")
    @RequestBody(
            content =
                    @Content(
                            mediaType = "application/octet-stream",
                            schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(
            responseCode = "201",
            description = "stored",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = EvidenceView.class)))
    public Response uploadToSheet(
            @PathParam("id") UUID id,
            @Parameter(description = Created.FILE_NAME) @QueryParam("fileName") String fileName,
            byte[] content) {
        return Created.of(evidence.upload(EvidenceOwner.MONITORING, id, fileName, content, caller));
    }

    @GET
    @Operation(
            operationId = "listMonitoringEvidence",
            summary = "The files attached to a monitoring sheet",
            description = "The records of the files attached to a monitoring sheet, oldest first.")
    public List<EvidenceView> listOfSheet(@PathParam("id") UUID id) {
        return evidence.list(EvidenceOwner.MONITORING, id, caller);
    }
}
