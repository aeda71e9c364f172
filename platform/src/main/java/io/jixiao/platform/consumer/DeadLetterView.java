package io.jixiao.platform.consumer;

import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "DeadLetter", description = "A Kafka record a consumer could not apply (死信), parked with its reason")
public record DeadLetterView(
        UUID id,
        @Schema(example = "evaluation.budget") String consumer,
        @Schema(example = "projects") String topic,
        int partition,
        long offset,
        String key,

        @Schema(description = "ce_id of the record, when it had one")
        String eventId,

        @Schema(example = "project.budget-executed.v1") String eventType,
        Map<String, String> headers,
        String payload,

        @Schema(example = "DataException: numeric field overflow")
        String reason,

        @Schema(description = "attempts made so far, replays included")
        int attempts,

        OffsetDateTime createdAt,

        @Schema(description = "when a replay applied it; null while it is still parked")
        OffsetDateTime replayedAt,

        String replayedBy) {}
