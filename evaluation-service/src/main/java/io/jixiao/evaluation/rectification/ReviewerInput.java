package io.jixiao.evaluation.rectification;

import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A reviewer's word on closing or reopening an item; reopening needs the reason and may move the deadline. */
@Schema(description = "A reviewer's comment on a close or reopen")
public record ReviewerInput(
        @Schema(description = "why it is accepted, or what is still missing", example = "佐证材料齐全，同意销号")
        @Size(max = 5000, message = "must be at most 5000 characters")
        String comment,

        @Schema(description = "reopen only: a new deadline (整改期限)", example = "2022-01-31")
        LocalDate deadline,

        @Schema(description = "the revision you read; a newer one answers 409")
        Integer revision) {}
