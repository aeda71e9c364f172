package io.jixiao.indicator.table;

import io.jixiao.rules.target.Direction;
import io.jixiao.rules.target.TargetParser;
import io.jixiao.rules.target.TargetValue;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A 三级指标 with its target as written and as read")
public record IndicatorView(
        String level1,
        String level2,
        String name,
        String target,
        String standard,
        String expectedValue,
        BigDecimal weight,
        Direction direction,
        String unit,
        boolean applicable,
        @Schema(description = "how the target was read") TargetValue parsed) {

    private static final TargetParser PARSER = new TargetParser();

    static IndicatorView of(Indicator i) {
        return new IndicatorView(
                i.level1,
                i.level2,
                i.name,
                i.targetText,
                i.standard,
                i.expectedValue,
                i.weight,
                i.direction,
                i.unit,
                i.applicable,
                PARSER.parse(i.targetText, i.satisfaction()));
    }
}
