package io.jixiao.review.webhook;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        name = "WebhookSubscription",
        description = "A subscription; its secret is shown only when it is created or rotated")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SubscriptionView(
        UUID id,
        String orgCode,
        String url,
        String description,
        List<String> eventTypes,
        boolean enabled,

        @Schema(description = "why it was disabled, when the system disabled it")
        String disabledReason,

        OffsetDateTime createdAt,
        String createdBy,
        OffsetDateTime updatedAt,

        @Schema(description = "whsec_…: only in the answer to POST and to rotate-secret")
        String secret) {

    static SubscriptionView of(WebhookSubscription s, boolean withSecret) {
        return new SubscriptionView(
                s.id,
                s.orgCode,
                s.url,
                s.description,
                List.of(s.eventTypes),
                s.enabled,
                s.disabledReason,
                s.createdAt,
                s.createdBy,
                s.updatedAt,
                withSecret ? s.secret : null);
    }
}
