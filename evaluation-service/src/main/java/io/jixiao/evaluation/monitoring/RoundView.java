package io.jixiao.evaluation.monitoring;

import io.jixiao.rules.monitoring.MonitoringLights;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A monitoring round (监控批次)")
public record RoundView(
        UUID id,
        Integer fiscalYear,
        String scopeOrgCode,
        int monthsPassed,
        @Schema(example = "1-7月") String label,
        LocalDate deadline,

        @Schema(description = "months passed ÷ 12, %", example = "58.33")
        BigDecimal timeProgress,

        BigDecimal yellowGap,
        BigDecimal redGap,
        @Schema(description = "sheets prepared") int sheets,
        String openedBy,
        OffsetDateTime openedAt) {

    static RoundView of(MonitoringRound r) {
        return new RoundView(
                r.id,
                r.fiscalYear,
                r.scopeOrgCode,
                r.monthsPassed,
                r.label,
                r.deadline,
                MonitoringLights.timeProgress(r.monthsPassed),
                r.yellowGap,
                r.redGap,
                r.sheets,
                r.openedBy,
                r.openedAt);
    }
}
