package io.jixiao.platform.event;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * 问题整改 on the {@code evaluations} topic, keyed by the evaluation the item was raised on (so an evaluation's events
 * stay in order): a reviewer raises an item, the unit answers, the reviewer closes or reopens it.
 */
public final class RectificationEvents {
    public static final String TOPIC = SelfEvaluationEvents.TOPIC;
    public static final String RAISED = "rectification.raised.v1";
    public static final String ANSWERED = "rectification.answered.v1";
    public static final String CLOSED = "rectification.closed.v1";
    public static final String REOPENED = "rectification.reopened.v1";

    private RectificationEvents() {}

    /** The item after the change; {@code comment} is the reviewer's word on a close or reopen. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Changed(
            UUID rectificationId,
            UUID evaluationId,
            UUID monitoringSheetId,
            UUID projectId,
            String projectName,
            String orgCode,
            String orgPath,
            Integer fiscalYear,
            String status,
            String problem,
            String requirement,
            LocalDate deadline,
            String measures,
            String comment,
            String by,
            OffsetDateTime at) {}
}
