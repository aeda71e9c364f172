package io.jixiao.indicator.table;

import io.jixiao.platform.event.TableEvents;
import java.time.OffsetDateTime;

/**
 * Events on the {@code target-tables} topic as indicator-service writes them; each carries the whole table so consumers
 * never call back. What consumers rely on is {@link TableEvents}, and the outbox checks these against it.
 */
public final class TargetTableEvents {
    public static final String TOPIC = TableEvents.TOPIC;
    public static final String SUBMITTED = TableEvents.SUBMITTED;
    public static final String APPROVED = TableEvents.APPROVED;
    public static final String RETURNED = "target-table.returned.v1";
    public static final String ADJUSTING = "target-table.adjusting.v1";
    public static final String PUBLISHED = "target-table.published.v1";

    private TargetTableEvents() {}

    /**
     * target-table.submitted.v1. {@code subjectType} names the review chain: TARGET_TABLE for a first submission or a
     * resubmission after a return, ADJUSTMENT for a change to approved targets (调整).
     */
    public record Submitted(
            TargetTableView table,
            int version,
            String subjectType,
            Integer previousVersion,
            IndicatorChanges changes,
            String submittedBy,
            OffsetDateTime submittedAt) {}

    /** target-table.approved.v1: the approved snapshot, from which evaluation-service prepares the self-evaluation. */
    public record Approved(
            TargetTableView table, int version, String grade, String opinion, OffsetDateTime approvedAt) {}

    /** target-table.published.v1: the approved targets are now public. */
    public record Published(TargetTableView table, int version, OffsetDateTime publishedAt) {}

    /** target-table.returned.v1 */
    public record Returned(
            java.util.UUID tableId,
            java.util.UUID projectId,
            String orgCode,
            int version,
            String grade,
            String opinion,
            OffsetDateTime returnedAt) {}

    /** target-table.adjusting.v1: approved targets are being changed; the approved version stays in force meanwhile. */
    public record Adjusting(
            java.util.UUID tableId,
            java.util.UUID projectId,
            String orgCode,
            Integer approvedVersion,
            String by,
            OffsetDateTime at) {}
}
