package io.jixiao.evaluation.rectification;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The unit's answer: the measures taken; evidence (佐证材料) is uploaded beside it. */
@Schema(description = "The unit's answer to a rectification item")
public record AnswerInput(
        @Schema(description = "整改措施 and their result", example = "已补齐3户困难证明，修订建档审核流程并组织培训")
        @NotBlank(message = "is required: the measures taken (整改措施)")
        @Size(max = 10000, message = "must be at most 10000 characters")
        String measures,

        @Schema(description = "the revision you read; a newer one answers 409")
        Integer revision) {}
