package io.jixiao.indicator.table;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A target table (绩效目标表)")
public record TargetTableView(
        UUID id,
        UUID projectId,
        @Schema(example = "帮扶资金") String projectName,
        @Schema(example = "093001") String orgCode,
        String orgPath,
        @Schema(example = "2021") Integer fiscalYear,
        Period period,
        Integer periodStartYear,
        Integer periodEndYear,
        @Schema(example = "MOF-2020") String frameworkCode,
        Integer frameworkVersion,
        String overallGoal,
        String annualGoal,
        TableStatus status,

        @Schema(description = "number of the newest submitted version (0: never submitted)")
        int version,

        @Schema(description = "the version the reviewers approved; it stays readable during an adjustment")
        Integer approvedVersion,

        @Schema(description = "the opinion (审核意见) of the last return")
        String lastOpinion,

        String lastGrade,
        List<IndicatorView> indicators,

        @Schema(description = "indicators outside the framework and other points a reviewer would raise; not blocking")
        List<String> notes,

        @Schema(description = "changes with every save; send it back on PUT")
        int revision,

        OffsetDateTime updatedAt,
        String updatedBy,

        @Schema(description = "the unit the project's amounts are written in: YUAN or WAN_YUAN")
        String amountUnit) {

    /**
     * Builds the view field by field, by name: 24 positional arguments, several of them Strings side by side, are too
     * easy to swap unnoticed. {@code build()} is the one positional call, each argument named as its component.
     */
    static final class Builder {
        UUID id;
        UUID projectId;
        String projectName;
        String orgCode;
        String orgPath;
        Integer fiscalYear;
        Period period;
        Integer periodStartYear;
        Integer periodEndYear;
        String frameworkCode;
        Integer frameworkVersion;
        String overallGoal;
        String annualGoal;
        TableStatus status;
        int version;
        Integer approvedVersion;
        String lastOpinion;
        String lastGrade;
        List<IndicatorView> indicators;
        List<String> notes;
        int revision;
        OffsetDateTime updatedAt;
        String updatedBy;
        String amountUnit;

        TargetTableView build() {
            return new TargetTableView(
                    id,
                    projectId,
                    projectName,
                    orgCode,
                    orgPath,
                    fiscalYear,
                    period,
                    periodStartYear,
                    periodEndYear,
                    frameworkCode,
                    frameworkVersion,
                    overallGoal,
                    annualGoal,
                    status,
                    version,
                    approvedVersion,
                    lastOpinion,
                    lastGrade,
                    indicators,
                    notes,
                    revision,
                    updatedAt,
                    updatedBy,
                    amountUnit);
        }
    }
}
