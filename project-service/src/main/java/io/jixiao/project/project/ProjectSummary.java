package io.jixiao.project.project;

import java.math.BigDecimal;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A list row: what a table of projects shows, read in one query without the cost lines. */
@Schema(description = "A project as a list row")
public record ProjectSummary(
        UUID id,
        @Schema(example = "2019") Integer fiscalYear,
        @Schema(example = "093001") String orgCode,
        @Schema(example = "帮扶资金") String name,
        @Schema(example = "郑州市困难职工帮扶中心") String unitName,
        @Schema(example = "宗亚青") String leader,
        @Schema(example = "67883276") String phone,
        @Schema(example = "YUAN") AmountUnit amountUnit,
        @Schema(example = "1000000.00") BigDecimal totalAmount,
        @Schema(example = "1000000.00") BigDecimal yearAmount) {

    static ProjectSummary of(Project p) {
        ProjectHeaderColumns h = p.header;
        return new ProjectSummary(
                p.id,
                p.fiscalYear,
                p.orgCode,
                h.name,
                h.unitName,
                h.leader,
                h.phone,
                h.amountUnit,
                h.totalAmount,
                h.yearAmount);
    }
}
