package io.jixiao.review.webhook;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "WebhookSubscriptionInput", description = "Where to send which events (订阅)")
public record SubscriptionInput(
        @Schema(example = "https://yusuan.czj.zhengzhou.gov.cn/hooks/jixiao", required = true)
        @NotBlank(message = "is required")
        @Size(max = 2000, message = "must be at most 2000 characters")
        String url,

        @Schema(example = "预算一体化系统") @Size(max = 500, message = "must be at most 500 characters")
        String description,

        @Schema(example = "[\"target-table.submitted.v1\", \"review.completed.v1\"]", required = true)
        @NotEmpty(message = "must name at least one event type (GET /api/v1/webhooks/event-types)")
        @Size(max = 50, message = "must have at most 50 entries")
        List<@NotBlank(message = "must not be blank") String> eventTypes,

        @Schema(description = "default true") Boolean enabled,

        @Schema(
                description = "admins only: whose subtree's events (a finance bureau subscribes for its own)",
                example = "410100")
        @Size(max = 50, message = "must be at most 50 characters")
        String orgCode) {}
