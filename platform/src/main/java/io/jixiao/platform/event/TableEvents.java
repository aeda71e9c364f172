package io.jixiao.platform.event;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.JsonNode;
import io.jixiao.rules.target.Direction;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/**
 * Events on the {@code target-tables} topic (绩效目标表), keyed by the table id: written by indicator-service, read by
 * review-service (a submission opens a review round) and evaluation-service (an approval prepares the self-evaluation).
 * The events carry the whole table as the API shows it; these records are the part consumers rely on, and the outbox
 * checks every such event against them before it is written.
 */
public final class TableEvents {
    public static final String TOPIC = "target-tables";
    public static final String SUBMITTED = "target-table.submitted.v1";
    public static final String APPROVED = "target-table.approved.v1";
    public static final String TARGET_TABLE = "TARGET_TABLE";
    public static final String ADJUSTMENT = "ADJUSTMENT";

    private TableEvents() {}

    /** The table: who owns it, which year and period, its goals and its indicators. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Table(
            UUID id,
            UUID projectId,
            String projectName,
            String orgCode,
            String orgPath,
            Integer fiscalYear,
            String period,
            Integer periodStartYear,
            Integer periodEndYear,
            String overallGoal,
            String annualGoal,
            String amountUnit,
            List<Indicator> indicators) {

        Table requireValid(String type) {
            EventContract.required(id, type, "table.id");
            EventContract.required(projectId, type, "table.projectId");
            EventContract.required(orgCode, type, "table.orgCode");
            EventContract.orgPath(orgPath, type, "table.orgPath");
            EventContract.required(fiscalYear, type, "table.fiscalYear");
            EventContract.required(indicators, type, "table.indicators");
            for (int i = 0; i < indicators.size(); i++) {
                Indicator x = EventContract.required(indicators.get(i), type, "table.indicators[" + i + "]");
                EventContract.required(x.name(), type, "table.indicators[" + i + "].name");
            }
            return this;
        }

        public boolean midTerm() {
            return "MID_TERM".equals(period);
        }
    }

    /** A 三级指标 with its target as written (the parser reads it again where needed). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Indicator(
            String level1,
            String level2,
            String name,
            String target,
            BigDecimal weight,
            Direction direction,
            Boolean applicable) {

        /** Applicable unless the table says otherwise. */
        public boolean isApplicable() {
            return applicable == null || applicable;
        }
    }

    /** target-table.submitted.v1; {@code subjectType} TARGET_TABLE or ADJUSTMENT names the review chain. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Submitted(Table table, Integer version, String subjectType, JsonNode changes)
            implements EventContract<Submitted> {

        public Submitted requireValid() {
            EventContract.required(table, SUBMITTED, "table").requireValid(SUBMITTED);
            EventContract.required(version, SUBMITTED, "version");
            if (!TARGET_TABLE.equals(subjectType) && !ADJUSTMENT.equals(subjectType)) {
                throw new IllegalArgumentException(
                        SUBMITTED + " has subjectType " + subjectType + ", not TARGET_TABLE or ADJUSTMENT");
            }
            return this;
        }
    }

    /** target-table.approved.v1: the approved snapshot. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Approved(Table table, Integer version) implements EventContract<Approved> {

        public Approved requireValid() {
            EventContract.required(table, APPROVED, "table").requireValid(APPROVED);
            EventContract.required(version, APPROVED, "version");
            return this;
        }
    }
}
