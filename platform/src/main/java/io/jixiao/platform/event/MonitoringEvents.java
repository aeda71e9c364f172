package io.jixiao.platform.event;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * 绩效运行监控 on the {@code evaluations} topic, keyed by the monitoring sheet's id (a round's opening by the round's):
 * written by evaluation-service. The submitted event carries the whole sheet as the API shows it; {@link Submitted}
 * is what review-service relies on.
 */
public final class MonitoringEvents {
    public static final String TOPIC = SelfEvaluationEvents.TOPIC;
    public static final String ROUND_OPENED = "monitoring.round-opened.v1";
    public static final String SUBMITTED = "monitoring.submitted.v1";
    public static final String REVIEWED = "monitoring.reviewed.v1";
    public static final String MEASURE = "monitoring.finance-measure.v1";

    private MonitoringEvents() {}

    /** 财政处理措施: what the finance bureau decides for a project after its monitoring sheet. */
    public enum FinanceMeasure {
        CONTINUE("继续实施"),
        ADJUST_TARGETS("调整目标"),
        SUSPEND_FUNDING("暂缓拨款"),
        STOP_FUNDING("停止拨款");

        private final String label;

        FinanceMeasure(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Sheet(
            UUID id,
            UUID roundId,
            UUID projectId,
            String projectName,
            String orgCode,
            String orgPath,
            Integer fiscalYear) {}

    /** monitoring.submitted.v1 */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Submitted(Sheet sheet, Integer version) implements EventContract<Submitted> {

        public Submitted requireValid() {
            Sheet s = EventContract.required(sheet, SUBMITTED, "sheet");
            EventContract.required(s.id(), SUBMITTED, "sheet.id");
            EventContract.required(s.orgCode(), SUBMITTED, "sheet.orgCode");
            EventContract.orgPath(s.orgPath(), SUBMITTED, "sheet.orgPath");
            EventContract.required(s.fiscalYear(), SUBMITTED, "sheet.fiscalYear");
            EventContract.required(version, SUBMITTED, "version");
            return this;
        }
    }

    /** monitoring.round-opened.v1: a round and how many sheets it prepared. */
    public record RoundOpened(
            UUID roundId,
            Integer fiscalYear,
            String scopeOrgCode,
            String orgPath,
            int monthsPassed,
            String label,
            java.time.LocalDate deadline,
            int sheets,
            String openedBy,
            OffsetDateTime at) {}

    /**
     * monitoring.reviewed.v1 (APPROVED or RETURNED) and monitoring.finance-measure.v1 (when the decision carries a
     * measure): the sheet, its light and the finance bureau's measure.
     */
    public record Reviewed(
            UUID sheetId,
            UUID roundId,
            UUID projectId,
            String projectName,
            String orgCode,
            String orgPath,
            Integer fiscalYear,
            String status,
            String light,
            FinanceMeasure measure,
            String measureLabel,
            String opinion,
            String decidedBy,
            OffsetDateTime at) {}
}
