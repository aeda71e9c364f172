package io.jixiao.indicator.table;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A list row. */
public record TargetTableSummary(
        UUID id,
        UUID projectId,
        String orgCode,
        Integer fiscalYear,
        Period period,
        Integer periodStartYear,
        Integer periodEndYear,
        String frameworkCode,
        TableStatus status,
        int version,
        Integer approvedVersion,
        OffsetDateTime updatedAt) {

    static TargetTableSummary of(TargetTable t) {
        return new TargetTableSummary(
                t.id,
                t.projectId,
                t.orgCode,
                t.fiscalYear,
                t.period,
                t.periodStartYear,
                t.periodEndYear,
                t.frameworkCode,
                t.status,
                t.submittedVersion,
                t.approvedVersion,
                t.updatedAt);
    }
}
