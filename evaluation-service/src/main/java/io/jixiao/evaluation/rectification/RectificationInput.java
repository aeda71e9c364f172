package io.jixiao.evaluation.rectification;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a reviewer raises: the problem found (in a self-evaluation or a monitoring sheet), what must be done, by when. */
@Schema(description = "A rectification item (问题整改) on an approved self-evaluation or monitoring sheet")
public record RectificationInput(
        @Schema(
                description =
                        "the approved (or final) self-evaluation the problem was found in; or give monitoringSheetId")
        UUID evaluationId,

        @Schema(description = "the approved monitoring sheet the problem was found in; or give evaluationId")
        UUID monitoringSheetId,

        @Schema(description = "存在问题", example = "帮扶对象档案资料不完整，3户缺少困难证明")
        @NotBlank(message = "is required: the problem found (存在问题)")
        @Size(max = 5000, message = "must be at most 5000 characters")
        String problem,

        @Schema(description = "整改要求", example = "补齐困难证明材料，完善建档立卡审核流程")
        @NotBlank(message = "is required: what must be done (整改要求)")
        @Size(max = 5000, message = "must be at most 5000 characters")
        String requirement,

        @Schema(description = "整改期限: the day the unit answers by", example = "2021-12-31")
        @NotNull(message = "is required: the day the unit answers by (整改期限)")
        LocalDate deadline) {}
