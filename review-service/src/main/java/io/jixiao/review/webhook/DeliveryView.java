package io.jixiao.review.webhook;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "WebhookDelivery", description = "One event for one subscription, with every attempt made")
public record DeliveryView(
        UUID id,

        @Schema(description = "webhook-id: the receiver's idempotency key")
        UUID eventId,

        String eventType,
        String subject,
        String status,
        int attempts,
        OffsetDateTime createdAt,
        OffsetDateTime nextAttemptAt,
        OffsetDateTime deliveredAt,
        List<Attempt> attemptLog) {

    @Schema(name = "WebhookAttempt")
    public record Attempt(
            OffsetDateTime at,
            Integer statusCode,
            int durationMs,

            @Schema(description = "the first KB of the receiver's answer")
            String response,

            String error) {}
}
