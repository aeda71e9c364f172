package io.jixiao.system;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * 绩效运行监控 across the services as they ship: the finance bureau's round prepares a sheet from the table
 * indicator-service approved and project-service's budget figures; the unit's lagging sheet goes through review-service
 * as MONITORING; the bureau's 暂缓拨款 comes back on the sheet and in the round's summary.
 */
class MonitoringAcrossServicesTest {
    /** A year of its own, never closed by another test. */
    static final int YEAR = 2025;

    static Stack stack;

    @BeforeAll
    static void start() {
        stack = Stack.get();
    }

    @Test
    void aLaggingSheetIsReviewedAndTheFinanceBureauSuspendsTheFunds() {
        Actors actors = new Actors(stack).registered(YEAR);
        ReviewSteps reviews = new ReviewSteps(actors);
        String project = actors.as(actors.staff(), "project")
                .body(Map.of("fiscalYear", YEAR, "name", "劳动竞赛专项资金", "totalAmount", "1000000.00"))
                .post("/api/v1/projects")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        reviews.approvedTable(project);
        actors.as(actors.staff(), "project")
                .body(Map.of("adjusted", Map.of("total", 1000000), "executed", Map.of("total", 300000)))
                .put("/api/v1/projects/" + project + "/budget-execution")
                .then()
                .statusCode(200);
        // the round reads the figures evaluation-service last got from project-service (project.budget-executed.v1)
        Actors.await("the self-evaluation with the budget figures", 30, () -> {
            List<String> ids = actors.as(actors.staff(), "evaluation")
                    .get("/api/v1/evaluations?projectId=" + project)
                    .then()
                    .extract()
                    .path("items.id");
            return ids.isEmpty()
                            || actors.as(actors.staff(), "evaluation")
                                            .get("/api/v1/evaluations/" + ids.get(0))
                                            .then()
                                            .extract()
                                            .path("budget.executed")
                                    == null
                    ? null
                    : true;
        });

        String round = actors.as(actors.financeReviewer(), "evaluation")
                .body(Map.of("fiscalYear", YEAR, "monthsPassed", 7, "deadline", YEAR + "-08-15"))
                .post("/api/v1/monitoring-rounds")
                .then()
                .statusCode(201)
                .body("sheets", equalTo(1))
                .extract()
                .path("id");
        JsonPath sheet = actors.as(actors.staff(), "evaluation")
                .get("/api/v1/monitoring-sheets?roundId=" + round)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        String id = sheet.getString("items[0].id");
        assertEquals("RED", sheet.getString("items[0].executionLight"), "30 % spent against 58.33 % of the year");

        actors.as(actors.staff(), "evaluation")
                .body(Map.of(
                        "rows",
                        List.of(
                                Map.of(
                                        "current", "80000",
                                        "expected", "180000",
                                        "likelihood", "POSSIBLE",
                                        "deviationCause", "SYSTEM",
                                        "deviationReason", "竞赛方案6月才印发",
                                        "correctiveMeasure", "下半年集中组织比武"),
                                Map.of("current", "96", "likelihood", "CERTAIN"))))
                .put("/api/v1/monitoring-sheets/" + id)
                .then()
                .statusCode(200)
                .body("rows[0].progress", equalTo(40.00f)) // 80000 of ≥200000, 18.33 points behind the year
                .body("rows[0].light", equalTo("YELLOW"))
                .body("rows[1].light", equalTo("GREEN"))
                .body("light", equalTo("RED")); // the budget execution
        actors.as(actors.staff(), "evaluation")
                .post("/api/v1/monitoring-sheets/" + id + "/submit")
                .then()
                .statusCode(200);

        // evaluation-service → review-service (monitoring.submitted.v1) → evaluation-service (review.completed.v1)
        reviews.approveEveryStage(
                id,
                1,
                Map.of("outcome", "APPROVE", "grade", "良", "opinion", "暂缓拨付剩余资金", "financeMeasure", "SUSPEND_FUNDING"));
        JsonPath decided = Actors.await("the sheet approved with the bureau's measure", 30, () -> {
            JsonPath s = actors.as(actors.staff(), "evaluation")
                    .get("/api/v1/monitoring-sheets/" + id)
                    .then()
                    .extract()
                    .jsonPath();
            return "APPROVED".equals(s.getString("status")) ? s : null;
        });
        assertEquals("SUSPEND_FUNDING", decided.getString("financeMeasure"));
        assertEquals("暂缓拨付剩余资金", decided.getString("reviewOpinion"));
        actors.as(actors.financeReviewer(), "evaluation")
                .get("/api/v1/monitoring-rounds/" + round + "/summary")
                .then()
                .statusCode(200)
                .body("lights.RED", equalTo(1))
                .body("lagging[0].laggingIndicators", equalTo(1))
                .body("units[0].executionRate", equalTo(30.00f));
    }
}
