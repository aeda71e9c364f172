package io.jixiao.review.webhook;

import io.jixiao.platform.event.FiscalYearEvents;
import io.jixiao.platform.event.MonitoringEvents;
import io.jixiao.platform.event.RectificationEvents;
import io.jixiao.platform.event.ReviewEvents;
import io.jixiao.platform.event.SelfEvaluationEvents;
import io.jixiao.platform.event.TableEvents;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The event types a subscription may ask for, with what each means and an example of its data. */
public final class EventCatalogue {
    @Schema(name = "WebhookEventType")
    public record EventType(
            @Schema(example = "target-table.submitted.v1") String type,
            String topic,
            String description,

            @Schema(description = "an example of the delivery's data")
            Map<String, Object> example,

            @Schema(
                    description =
                            "JSON Schema of the delivery's data: the event's contract where it has one (what the"
                                    + " platform guarantees), else the shape of the example; more properties may come within a version")
            Map<String, Object> schema) {

        EventType(String type, String topic, String description, Map<String, Object> example) {
            this(type, topic, description, example, EventSchemas.ofExample(example));
        }

        EventType(String type, String topic, String description, Map<String, Object> example, Class<?> contract) {
            this(type, topic, description, example, EventSchemas.ofRecord(contract));
        }
    }

    static final List<EventType> TYPES = List.of(
            new EventType(
                    "target-table.submitted.v1",
                    "target-tables",
                    "绩效目标表 submitted (or an adjustment): the whole table and what changed",
                    Map.of(
                            "table",
                            Map.of(
                                    "id",
                                    "6f1c…",
                                    "projectName",
                                    "帮扶资金",
                                    "orgCode",
                                    "093001",
                                    "orgPath",
                                    "/410100/197001/093001/",
                                    "indicators",
                                    List.of(Map.of(
                                            "level1", "产出指标", "level2", "数量指标", "name", "帮扶人数", "target", "≥100人"))),
                            "version",
                            1,
                            "subjectType",
                            "TARGET_TABLE"),
                    TableEvents.Submitted.class),
            new EventType(
                    "target-table.approved.v1",
                    "target-tables",
                    "绩效目标表 approved by the last stage: the approved targets",
                    Map.of(
                            "table",
                            Map.of("id", "6f1c…", "orgPath", "/410100/197001/093001/"),
                            "version",
                            1,
                            "grade",
                            "优"),
                    TableEvents.Approved.class),
            new EventType(
                    "target-table.published.v1",
                    "target-tables",
                    "绩效目标表 published (信息公开)",
                    Map.of("table", Map.of("id", "6f1c…"), "version", 1)),
            new EventType(
                    "review.completed.v1",
                    "reviews",
                    "a review round ended: APPROVED after the last stage, RETURNED at a return",
                    Map.of(
                            "subjectType",
                            "TARGET_TABLE",
                            "subjectId",
                            "6f1c…",
                            "version",
                            1,
                            "subjectOrgCode",
                            "093001",
                            "outcome",
                            "APPROVED",
                            "grade",
                            "优",
                            "opinion",
                            "同意"),
                    ReviewEvents.Completed.class),
            new EventType(
                    "review.decided.v1",
                    "reviews",
                    "one stage decided (审核意见 and grade)",
                    Map.of(
                            "subjectType",
                            "TARGET_TABLE",
                            "subjectId",
                            "6f1c…",
                            "stage",
                            0,
                            "outcome",
                            "APPROVE",
                            "grade",
                            "优"),
                    ReviewEvents.Decided.class),
            new EventType(
                    "evaluation.submitted.v1",
                    "evaluations",
                    "绩效自评 submitted: the whole sheet with its score",
                    Map.of(
                            "evaluation",
                            Map.of("id", "9a2e…", "orgPath", "/410100/197001/093001/", "totalScore", 98.62),
                            "version",
                            1),
                    SelfEvaluationEvents.Submitted.class),
            new EventType(
                    "evaluation.scored.v1",
                    "evaluations",
                    "a self-evaluation finalised by the year close: FINAL, NOT_APPROVED or NOT_SUBMITTED",
                    Map.of(
                            "evaluationId",
                            "9a2e…",
                            "tableId",
                            "6f1c…",
                            "projectName",
                            "帮扶资金",
                            "orgPath",
                            "/410100/197001/093001/",
                            "fiscalYear",
                            2021,
                            "status",
                            "FINAL",
                            "budgetRate",
                            86.18,
                            "totalScore",
                            98.62,
                            "grade",
                            "优")),
            rectification(
                    RectificationEvents.RAISED,
                    "问题整改 raised: a reviewer found a problem, with the requirement and deadline",
                    "OPEN"),
            rectification(RectificationEvents.ANSWERED, "问题整改 answered: the unit's measures (整改措施)", "ANSWERED"),
            rectification(RectificationEvents.CLOSED, "问题整改 closed (销号): the reviewer accepted the answer", "CLOSED"),
            rectification(
                    RectificationEvents.REOPENED, "问题整改 reopened: the reviewer says what is still missing", "OPEN"),
            new EventType(
                    MonitoringEvents.ROUND_OPENED,
                    MonitoringEvents.TOPIC,
                    "绩效运行监控 round opened: a monitoring sheet prepared for every approved table in the scope",
                    Map.of(
                            "roundId", "5b7e…",
                            "fiscalYear", 2021,
                            "scopeOrgCode", "410100",
                            "orgPath", "/410100/",
                            "monthsPassed", 7,
                            "label", "1-7月",
                            "deadline", "2021-08-15",
                            "sheets", 12),
                    MonitoringEvents.RoundOpened.class),
            new EventType(
                    MonitoringEvents.REVIEWED,
                    MonitoringEvents.TOPIC,
                    "a monitoring sheet's review ended: APPROVED or RETURNED, with its light and the finance measure",
                    monitoringExample("APPROVED", "CONTINUE"),
                    MonitoringEvents.Reviewed.class),
            new EventType(
                    MonitoringEvents.MEASURE,
                    MonitoringEvents.TOPIC,
                    "财政处理措施 for a monitored project: CONTINUE, ADJUST_TARGETS, SUSPEND_FUNDING (暂缓拨款) or STOP_FUNDING",
                    monitoringExample("APPROVED", "SUSPEND_FUNDING"),
                    MonitoringEvents.Reviewed.class),
            new EventType(
                    "fiscal-year.closed.v1",
                    "fiscal-years",
                    "年度关闭: a fiscal year closed for a region",
                    Map.of("year", 2021, "scopeOrgCode", "410100", "scopeOrgPath", "/410100/", "closedBy", "finance"),
                    FiscalYearEvents.Closed.class));

    private EventCatalogue() {}

    private static Map<String, Object> monitoringExample(String status, String measure) {
        return Map.of(
                "sheetId", "7d1a…",
                "roundId", "5b7e…",
                "projectName", "帮扶资金",
                "orgCode", "093001",
                "orgPath", "/410100/197001/093001/",
                "fiscalYear", 2021,
                "status", status,
                "light", "RED",
                "measure", measure,
                "opinion", "执行进度滞后，暂缓拨付剩余资金");
    }

    private static EventType rectification(String type, String description, String status) {
        return new EventType(
                type,
                RectificationEvents.TOPIC,
                description,
                Map.of(
                        "rectificationId", "3c5d…",
                        "evaluationId", "9a2e…",
                        "projectName", "帮扶资金",
                        "orgCode", "093001",
                        "orgPath", "/410100/197001/093001/",
                        "fiscalYear", 2021,
                        "status", status,
                        "problem", "帮扶对象档案资料不完整",
                        "deadline", "2022-03-31"),
                RectificationEvents.Changed.class);
    }

    static boolean known(String type) {
        return TYPES.stream().anyMatch(t -> t.type().equals(type));
    }

    static Map<String, EventType> byType() {
        Map<String, EventType> m = new LinkedHashMap<>();
        TYPES.forEach(t -> m.put(t.type(), t));
        return m;
    }
}
