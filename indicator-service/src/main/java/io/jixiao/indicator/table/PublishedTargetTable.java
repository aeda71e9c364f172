package io.jixiao.indicator.table;

import io.jixiao.indicator.project.ProjectCopy;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What the public reads of a target table (信息公开): the approved targets as published, and nothing internal: no
 * review status, no opinions or grades, no logins, no organisation paths, no revision.
 */
@Schema(name = "PublishedTargetTable", description = "A published target table (公开的绩效目标表): the approved targets only")
public record PublishedTargetTable(
        UUID id,
        @Schema(example = "帮扶资金") String projectName,
        @Schema(example = "093001") String orgCode,
        @Schema(example = "2021") Integer fiscalYear,
        Period period,
        Integer periodStartYear,
        Integer periodEndYear,
        @Schema(example = "MOF-2020") String frameworkCode,
        String overallGoal,
        String annualGoal,

        @Schema(description = "the approved version that was published")
        int version,

        OffsetDateTime publishedAt,

        @Schema(description = "the unit the project's amounts are written in: YUAN or WAN_YUAN")
        String amountUnit,

        List<IndicatorView> indicators) {

    static PublishedTargetTable of(TargetTableView approved, int version, OffsetDateTime publishedAt) {
        return new PublishedTargetTable(
                approved.id(),
                approved.projectName(),
                approved.orgCode(),
                approved.fiscalYear(),
                approved.period(),
                approved.periodStartYear(),
                approved.periodEndYear(),
                approved.frameworkCode(),
                approved.overallGoal(),
                approved.annualGoal(),
                version,
                publishedAt,
                approved.amountUnit(),
                approved.indicators());
    }

    /** A row of the public list: which table, whose, which years; never its live status. */
    @Schema(name = "PublishedTargetTableSummary")
    public record Summary(
            UUID id,
            UUID projectId,
            @Schema(description = "项目名称", example = "帮扶资金") String projectName,

            @Schema(description = "实施单位", example = "郑州市困难职工帮扶中心")
            String unitName,

            String orgCode,
            Integer fiscalYear,
            Period period,
            Integer periodStartYear,
            Integer periodEndYear,
            String frameworkCode,
            int version,
            OffsetDateTime publishedAt) {

        static Summary of(TargetTable t, ProjectCopy project) {
            return new Summary(
                    t.id,
                    t.projectId,
                    project == null ? null : project.name,
                    project == null ? null : project.unitName,
                    t.orgCode,
                    t.fiscalYear,
                    t.period,
                    t.periodStartYear,
                    t.periodEndYear,
                    t.frameworkCode,
                    t.publishedVersion,
                    t.publishedAt);
        }
    }
}
