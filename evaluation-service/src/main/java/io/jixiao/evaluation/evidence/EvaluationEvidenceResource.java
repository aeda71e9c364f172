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

/** 佐证材料 of a self-evaluation: the body is the file itself (any Content-Type; its kind is read from the content). */
@Path("/api/v1/evaluations/{id}/evidence")
@Tag(name = "evidence")
@RolesAllowed({Roles.ADMIN, Roles.AUDITOR, Roles.FINANCE_REVIEWER, Roles.DEPT_REVIEWER, Roles.UNIT_STAFF})
public class EvaluationEvidenceResource {
    private final EvidenceService evidence;
    private final Caller caller;

    EvaluationEvidenceResource(EvidenceService evidence, Caller caller) {
        this.evidence = evidence;
        this.caller = caller;
    }

    @POST
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed({Roles.ADMIN, Roles.UNIT_STAFF})
    @Operation(
            operationId = "uploadEvaluationEvidence",
            summary = "Attach a file (PDF, image, Word, Excel; ≤ 20 MB) to a self-evaluation the unit still edits",
            description =
                    "佐证材料 for a self-evaluation: the request body is the file itself (any Content-Type), its name in fileName. Its kind is read from its content (PDF, JPEG, PNG, GIF, TIFF, .docx, .xlsx, .doc, .xls; anything else 415), up to 20 MB (413); stored with its SHA-256. The unit's staff, while the sheet is PENDING, DRAFT or RETURNED.")
    @RequestBody(
            content =
                    @Content(
                            mediaType = "application/octet-stream",
                            schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(
            responseCode = "201",
            description = "stored",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = EvidenceView.class)))
    public Response uploadToEvaluation(
            @PathParam("id") UUID id,
            @Parameter(description = Created.FILE_NAME) @QueryParam("fileName") String fileName,
            byte[] content) {
        return Created.of(evidence.upload(EvidenceOwner.EVALUATION, id, fileName, content, caller));
    }

    @GET
    @Operation(
            operationId = "listEvaluationEvidence",
            summary = "The files attached to a self-evaluation",
            description =
                    "The records of the files attached to a self-evaluation, oldest first; GET /api/v1/evidence/{id}/content downloads one.")
    public List<EvidenceView> listOfEvaluation(@PathParam("id") UUID id) {
        return evidence.list(EvidenceOwner.EVALUATION, id, caller);
    }
}
