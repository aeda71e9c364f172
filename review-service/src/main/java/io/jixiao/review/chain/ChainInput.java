package io.jixiao.review.chain;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "The review levels of a subject type, for everything or for one organisation's subtree")
public record ChainInput(
        @Schema(example = "TARGET_TABLE")
        @NotNull(message = "is required: TARGET_TABLE, ADJUSTMENT, EVALUATION or MONITORING")
        SubjectType subjectType,

        @Schema(description = "omit for the default chain", example = "197001")
        @Size(max = 32, message = "must be at most 32 characters")
        String orgCode,

        @Schema(example = "[\"DEPARTMENT\", \"FINANCE_BUREAU\"]")
        @NotEmpty(message = "needs at least one level")
        @Size(max = 2, message = "has at most two levels")
        List<@NotNull(message = "must be DEPARTMENT or FINANCE_BUREAU") StageType> stages) {}
