package io.jixiao.evaluation.monitoring;

import io.jixiao.platform.event.MonitoringEvents.FinanceMeasure;
import io.jixiao.rules.monitoring.DeviationCause;
import io.jixiao.rules.monitoring.Light;
import io.jixiao.rules.monitoring.Likelihood;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A monitoring sheet (绩效运行监控表) with its lights")
public record SheetView(
        UUID id,
        UUID roundId,
        UUID evaluationId,
        UUID tableId,
        UUID projectId,
        String projectName,
        String orgCode,
        String orgPath,
        Integer fiscalYear,
        SheetStatus status,

        @Schema(description = "months passed ÷ 12, %", example = "58.33")
        BigDecimal timeProgress,

        @Schema(description = "全年预算数, 元") BigDecimal budgetAdjusted,

        @Schema(description = "执行数 to the end of the period, 元")
        BigDecimal budgetExecuted,

        @Schema(description = "预算执行率, %") BigDecimal executionRate,
        Light executionLight,

        @Schema(description = "the sheet's light: the worst of execution and indicators")
        Light light,

        @Schema(example = "黄灯") String lightLabel,
        @Schema(description = "财政处理措施 of the last review") FinanceMeasure financeMeasure,
        String reviewOpinion,
        int submittedVersion,
        List<Row> rows,
        int revision,
        OffsetDateTime updatedAt) {

    public record Row(
            int position,
            String level1,
            String level2,
            String name,
            String target,
            String current,
            String expected,
            Likelihood likelihood,
            DeviationCause deviationCause,
            String deviationReason,
            String correctiveMeasure,

            @Schema(description = "current ÷ target, %, where numbers say it")
            BigDecimal progress,

            Light light) {}

    static SheetView of(MonitoringSheet s, BigDecimal timeProgress) {
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < s.rows.size(); i++) {
            MonitoringRow r = s.rows.get(i);
            rows.add(new Row(
                    i,
                    r.level1,
                    r.level2,
                    r.name,
                    r.targetText,
                    r.currentValue,
                    r.expectedValue,
                    r.likelihood,
                    r.deviationCause,
                    r.deviationReason,
                    r.correctiveMeasure,
                    r.progress,
                    r.light));
        }
        return new SheetView(
                s.id,
                s.roundId,
                s.evaluationId,
                s.tableId,
                s.projectId,
                s.projectName,
                s.orgCode,
                s.orgPath,
                s.fiscalYear,
                s.status,
                timeProgress,
                s.budgetAdjusted,
                s.budgetExecuted,
                s.executionRate,
                s.executionLight,
                s.light,
                s.light == null ? null : s.light.label(),
                s.financeMeasure,
                s.reviewOpinion,
                s.submittedVersion,
                rows,
                s.revision,
                s.updatedAt);
    }
}
