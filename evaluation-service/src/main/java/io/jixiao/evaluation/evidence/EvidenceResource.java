package io.jixiao.evaluation.evidence;

import io.jixiao.platform.security.Caller;
import io.jixiao.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** 佐证材料 by id: the record, the file, its removal (uploads go to their owner's evidence list). */
@Path("/api/v1/evidence")
@Tag(
        name = "evidence",
        description = "佐证材料: PDF, images, Word and Excel files beside self-evaluations and rectification answers")
@RolesAllowed({Roles.ADMIN, Roles.AUDITOR, Roles.FINANCE_REVIEWER, Roles.DEPT_REVIEWER, Roles.UNIT_STAFF})
public class EvidenceResource {
    private final EvidenceService evidence;
    private final Caller caller;

    EvidenceResource(EvidenceService evidence, Caller caller) {
        this.evidence = evidence;
        this.caller = caller;
    }

    @GET
    @Path("{id}")
    @Operation(
            operationId = "getEvidence",
            summary = "A file's record: name, kind, size, checksum, who uploaded it",
            description =
                    "A file's record: owner, name, the kind its content shows, size, SHA-256, who uploaded it and when. Scoped like its owner (404 outside it).")
    public EvidenceView get(@PathParam("id") UUID id) {
        return evidence.get(id, caller);
    }

    @GET
    @Path("{id}/content")
    @Produces(MediaType.WILDCARD)
    @Operation(
            operationId = "downloadEvidence",
            summary = "The file as uploaded, with its kind, name and checksum (ETag)",
            description =
                    "The file as uploaded, with the kind its content shows, an attachment name (RFC 5987, Chinese names kept) and its SHA-256 as ETag (If-None-Match answers 304). Scoped like its owner.")
    @APIResponse(
            responseCode = "200",
            description = "the file",
            content =
                    @Content(
                            mediaType = "application/octet-stream",
                            schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response download(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        EvidenceService.Download d = evidence.content(id, caller);
        String tag = "\"" + d.evidence().sha256() + "\"";
        if (tag.equals(ifNoneMatch)) {
            return Response.notModified(tag).build();
        }
        String encoded = URLEncoder.encode(d.evidence().fileName(), StandardCharsets.UTF_8)
                .replace("+", "%20");
        return Response.ok(d.content(), d.evidence().contentType())
                .header(HttpHeaders.ETAG, tag)
                .header("Content-Disposition", "attachment; filename*=UTF-8''" + encoded)
                .header("X-Content-Type-Options", "nosniff")
                .build();
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed({Roles.ADMIN, Roles.UNIT_STAFF})
    @Operation(
            operationId = "deleteEvidence",
            summary = "Remove a file while its owner is still open to the unit",
            description =
                    "Removes a file and its record, by the owner's unit staff while the owner is still open to them (409 once submitted, approved or closed).")
    @APIResponse(responseCode = "204", description = "removed")
    public void delete(@PathParam("id") UUID id) {
        evidence.delete(id, caller);
    }
}
