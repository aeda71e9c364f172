package io.jixiao.evaluation.monitoring;

import io.jixiao.platform.validation.Money;
import io.jixiao.rules.monitoring.DeviationCause;
import io.jixiao.rules.monitoring.Likelihood;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the unit enters on a monitoring sheet; omitted fields keep their values. */
@Schema(description = "A unit's entries on its monitoring sheet")
public record SheetInput(
        @Schema(
                description = "执行数 to the end of the period, 元; project-service's figure when left out",
                example = "410000.00")
        @Money
        BigDecimal budgetExecuted,

        @Schema(description = "one entry per indicator, in the sheet's order; omit to keep them")
        @Size(max = 500, message = "must have at most 500 rows")
        List<@Valid Row> rows,

        @Schema(description = "the revision you read; a newer one answers 409")
        Integer revision) {

    public record Row(
            @Schema(description = "当前完成值 as written", example = "41人")
            @Size(max = 2000, message = "must be at most 2000 characters")
            String current,

            @Schema(description = "全年预计完成值 as written", example = "75人")
            @Size(max = 2000, message = "must be at most 2000 characters")
            String expected,

            @Schema(description = "完成目标可能性: CERTAIN 确定能, POSSIBLE 有可能, IMPOSSIBLE 完全不可能")
            Likelihood likelihood,

            @Schema(
                    description =
                            "偏差原因 category, where the row lags: FUNDING 经费保障, SYSTEM 制度保障, STAFF 人员保障, HARDWARE 硬件条件保障, OTHER 其他")
            DeviationCause deviationCause,

            @Schema(description = "偏差原因 in words") @Size(max = 5000, message = "must be at most 5000 characters")
            String deviationReason,

            @Schema(description = "纠偏措施") @Size(max = 5000, message = "must be at most 5000 characters")
            String correctiveMeasure) {}
}
