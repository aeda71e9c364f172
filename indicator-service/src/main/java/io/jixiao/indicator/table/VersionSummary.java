package io.jixiao.indicator.table;

import java.time.OffsetDateTime;

/** One submitted version in the history of a table. */
public record VersionSummary(
        int version,
        TableVersion.Kind kind,
        OffsetDateTime submittedAt,
        String submittedBy,
        io.jixiao.platform.event.ReviewEvents.Outcome outcome,
        String grade,
        String opinion,
        OffsetDateTime decidedAt) {

    static VersionSummary of(TableVersion v) {
        return new VersionSummary(
                v.key.version(), v.kind, v.submittedAt, v.submittedBy, v.outcome, v.grade, v.opinion, v.decidedAt);
    }
}
