package io.jixiao.project.fiscalyear;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A fiscal year (预算年度)")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FiscalYearView(
        @Schema(example = "2021") int year,
        @Schema(example = "OPEN") FiscalYear.Status status,

        @Schema(description = "the finance bureau whose region the year covers; absent for all", example = "410100")
        String scopeOrgCode,

        OffsetDateTime openedAt,
        OffsetDateTime closedAt,
        String closedBy,

        @Schema(description = "on close: true when the year was already closed and nothing happened")
        Boolean alreadyClosed) {

    static FiscalYearView of(FiscalYear y, Boolean alreadyClosed) {
        return new FiscalYearView(y.year, y.status, y.scopeOrgCode, y.openedAt, y.closedAt, y.closedBy, alreadyClosed);
    }
}
