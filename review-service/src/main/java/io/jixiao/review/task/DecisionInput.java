package io.jixiao.review.task;

import io.jixiao.platform.event.MonitoringEvents;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A reviewer's decision. Who decided and when come from the token and the clock, never from here.")
public record DecisionInput(
        @Schema(example = "APPROVE", required = true)
        @NotNull(message = "is required: APPROVE or RETURN")
        @Pattern(regexp = "APPROVE|RETURN", message = "must be APPROVE or RETURN")
        String outcome,

        @Schema(description = "优 or 良 to approve (良: after agreed changes); 中 or 差 to return", example = "优")
        @Pattern(regexp = "优|良|中|差", message = "must be 优, 良, 中 or 差")
        String grade,

        @Schema(description = "审核意见; required to return", example = "指标设置完整，同意。")
        @Size(max = 5000, message = "must be at most 5000 characters")
        String opinion,

        @Schema(
                description = "monitoring sheets only: 财政处理措施 — CONTINUE (继续实施), ADJUST_TARGETS (调整目标), "
                        + "SUSPEND_FUNDING (暂缓拨款) or STOP_FUNDING (停止拨款); announced as monitoring.finance-measure.v1",
                example = "CONTINUE")
        MonitoringEvents.FinanceMeasure financeMeasure) {}
