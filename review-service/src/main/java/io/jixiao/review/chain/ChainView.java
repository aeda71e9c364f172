package io.jixiao.review.chain;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** 审核链 as the API shows it: the stages that review a subject type, by default or for one organisation's subtree. */
@Schema(
        name = "ReviewChain",
        description = "The stages, in order, that review a subject type; without orgCode the default")
public record ChainView(
        UUID id,
        SubjectType subjectType,

        @Schema(description = "the organisation whose subtree this chain is for; absent for the default")
        String orgCode,

        List<StageType> stages,
        OffsetDateTime updatedAt,
        String updatedBy) {

    static ChainView of(ReviewChain c) {
        return new ChainView(c.id, c.subjectType, c.orgCode, c.stages, c.updatedAt, c.updatedBy);
    }
}
