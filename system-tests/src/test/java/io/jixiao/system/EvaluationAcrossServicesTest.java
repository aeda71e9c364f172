package io.jixiao.system;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.restassured.path.json.JsonPath;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The second half of the year across all four services as they ship, talking only through the broker: an approved
 * table prepares its self-evaluation (绩效自评) in evaluation-service, project-service's budget figures reach it, the
 * submitted sheet becomes review tasks in review-service, a return and an approval come back to it, and closing the
 * year in project-service makes it FINAL. Each arrow here is an event between a real sender and a real receiver.
 */
class EvaluationAcrossServicesTest {
    /** A year of its own: this test closes it, and a closed year takes no new projects. */
    static final int YEAR = 2023;

    static Stack stack;
    Actors actors;
    ReviewSteps reviews;

    @BeforeAll
    static void start() {
        stack = Stack.get();
    }

    @Test
    void aSelfEvaluationIsReturnedApprovedAndFinalisedByTheYearClose() {
        actors = new Actors(stack).registered(YEAR);
        reviews = new ReviewSteps(actors);
        String project = actors.as(actors.staff(), "project")
                .body(Map.of("fiscalYear", YEAR, "name", "困难职工帮扶专项资金", "totalAmount", "1000000.00"))
                .post("/api/v1/projects")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        String table = reviews.approvedTable(project);

        // project-service → evaluation-service: the budget figures (project.budget-executed.v1)
        actors.as(actors.staff(), "project")
                .body(Map.of("adjusted", Map.of("total", 1000000), "executed", Map.of("total", 861800)))
                .put("/api/v1/projects/" + project + "/budget-execution")
                .then()
                .statusCode(200);
        // indicator-service → evaluation-service: the approved table prepares the sheet (target-table.approved.v1)
        String evaluation = Actors.await("the self-evaluation of the approved table", 30, () -> {
            List<String> ids = actors.as(actors.staff(), "evaluation")
                    .get("/api/v1/evaluations?projectId=" + project)
                    .then()
                    .statusCode(200)
                    .extract()
                    .path("items.id");
            return ids.isEmpty() ? null : ids.get(0);
        });
        JsonPath prepared = Actors.await("the budget figures on the sheet", 30, () -> {
            JsonPath e = evaluation(evaluation);
            return e.get("budget.executed") != null ? e : null;
        });
        assertEquals(table, prepared.getString("tableId"));
        assertEquals(0, new BigDecimal("861800").compareTo(new BigDecimal(prepared.getString("budget.executed"))));
        assertEquals(2, prepared.getList("indicators").size());

        fillIn(evaluation, "完成了年度目标");
        actors.as(actors.staff(), "evaluation")
                .post("/api/v1/evaluations/" + evaluation + "/submit")
                .then()
                .statusCode(200)
                .body("status", equalTo("SUBMITTED"))
                .body("submittedVersion", equalTo(1));

        // evaluation-service → review-service (evaluation.submitted.v1); review-service → evaluation
        // (review.completed.v1)
        decide(evaluation, 0, 1, "RETURN");
        Actors.await(
                "the returned sheet",
                30,
                () -> "RETURNED".equals(evaluation(evaluation).getString("status")) ? true : null);
        assertEquals("请补充偏差分析", evaluation(evaluation).getString("lastOpinion"));

        fillIn(evaluation, "完成了年度目标，偏差已说明");
        actors.as(actors.staff(), "evaluation")
                .post("/api/v1/evaluations/" + evaluation + "/submit")
                .then()
                .statusCode(200)
                .body("submittedVersion", equalTo(2));
        reviews.approveEveryStage(evaluation, 2);
        Actors.await(
                "the approved sheet",
                30,
                () -> "APPROVED".equals(evaluation(evaluation).getString("status")) ? true : null);

        // project-service → evaluation-service: the year is closed (fiscal-year.closed.v1), the sheet is final
        actors.as(Actors.admin(), "project")
                .post("/api/v1/fiscal-years/" + YEAR + "/close")
                .then()
                .statusCode(200);
        JsonPath closed = Actors.await("the final sheet", 60, () -> {
            JsonPath e = evaluation(evaluation);
            return "FINAL".equals(e.getString("status")) ? e : null;
        });
        assertEquals(0, new BigDecimal("86.18").compareTo(new BigDecimal(closed.getString("budget.rate"))));
        actors.as(actors.staff(), "evaluation")
                .get("/api/v1/evaluations/" + evaluation)
                .then()
                .body("finalizedAt", notNullValue())
                .body("grade", notNullValue());
        actors.as(actors.staff(), "evaluation")
                .body(Map.of("goalActual", "改"))
                .put("/api/v1/evaluations/" + evaluation)
                .then()
                .statusCode(409);
    }

    /** The unit's entries: each indicator's actual value (both meet their targets) and the goal reached. */
    private void fillIn(String evaluation, String goalActual) {
        int revision = evaluation(evaluation).getInt("revision");
        Map<String, Object> in = new HashMap<>();
        in.put("goalActual", goalActual);
        in.put("indicators", List.of(Map.of("actual", "210000人次"), Map.of("actual", "96%")));
        in.put("revision", revision);
        actors.as(actors.staff(), "evaluation")
                .body(in)
                .put("/api/v1/evaluations/" + evaluation)
                .then()
                .statusCode(200)
                .body("revision", equalTo(revision + 1))
                .body("totalScore", notNullValue());
    }

    private void decide(String subject, int stage, int version, String outcome) {
        reviews.decide(
                reviews.task(subject, stage, version),
                "APPROVE".equals(outcome)
                        ? ReviewSteps.APPROVE
                        : Map.of("outcome", "RETURN", "grade", "中", "opinion", "请补充偏差分析"));
    }

    private JsonPath evaluation(String id) {
        return actors.as(actors.staff(), "evaluation")
                .get("/api/v1/evaluations/" + id)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }
}
