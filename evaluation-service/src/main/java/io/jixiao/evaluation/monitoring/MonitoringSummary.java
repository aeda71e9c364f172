package io.jixiao.evaluation.monitoring;

import io.jixiao.rules.monitoring.Light;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A round in figures: sheets by light and status, the lagging projects, execution against time progress per unit. */
@Schema(description = "A monitoring round's summary for the caller's subtree")
public record MonitoringSummary(
        UUID roundId,
        Integer fiscalYear,
        String label,
        @Schema(description = "months passed ÷ 12, %") BigDecimal timeProgress,
        int sheets,

        @Schema(description = "sheets per light: GREEN, YELLOW, RED, and NONE for sheets without figures yet")
        Map<String, Integer> lights,

        @Schema(description = "sheets per status") Map<String, Integer> statuses,

        @Schema(description = "projects with a yellow or red light, red first")
        List<Lagging> lagging,

        @Schema(description = "budget execution against time progress per unit")
        List<UnitRow> units) {

    public record Lagging(
            UUID sheetId,
            String projectName,
            String orgCode,
            Light light,
            BigDecimal executionRate,

            @Schema(description = "indicators with a yellow or red light")
            int laggingIndicators) {}

    public record UnitRow(
            String orgCode,
            int projects,
            BigDecimal budgetAdjusted,
            BigDecimal budgetExecuted,
            @Schema(description = "执行率, %") BigDecimal executionRate,

            @Schema(description = "executionRate against time progress")
            Light light) {}
}
