package io.jixiao.evaluation.evidence;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A piece of evidence (佐证材料): the file's record; GET /api/v1/evidence/{id}/content downloads it")
public record EvidenceView(
        UUID id,
        EvidenceOwner ownerType,
        UUID ownerId,
        String orgCode,
        @Schema(example = "困难证明汇总.pdf") String fileName,

        @Schema(description = "the type its content shows, whatever the name says", example = "application/pdf")
        String contentType,

        @Schema(example = "482133") long sizeBytes,
        @Schema(description = "SHA-256 of the content, hex") String sha256,
        String uploadedBy,
        OffsetDateTime uploadedAt) {

    static EvidenceView of(Evidence e) {
        return new EvidenceView(
                e.id,
                e.ownerType,
                e.ownerId,
                e.orgCode,
                e.fileName,
                e.contentType,
                e.sizeBytes,
                e.sha256,
                e.uploadedBy,
                e.uploadedAt);
    }
}
