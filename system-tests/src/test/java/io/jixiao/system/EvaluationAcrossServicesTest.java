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

    @BeforeAll
    static void start() {
        stack = Stack.get();
    }

    @Test
    void aSelfEvaluationIsReturnedApprovedAndFinalisedByTheYearClose() {
        actors = new Actors(stack).registered(YEAR);
        String project = actors.as(actors.staff(), "project")
                .body(Map.of("fiscalYear", YEAR, "name", "困难职工帮扶专项资金", "totalAmount", "1000000.00"))
                .post("/api/v1/projects")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        String table = approvedTable(project);

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
        approveEveryStage(evaluation, 2);
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

    private String approvedTable(String project) {
        Map<String, Object> body = Actors.tableBody(null);
        body.put("projectId", project);
        String table = Actors.await("indicator-service to know the project", 30, () -> {
            var r = actors.as(actors.staff(), "indicator").body(body).post("/api/v1/target-tables");
            return r.statusCode() == 201 ? r.then().extract().<String>path("id") : null;
        });
        actors.as(actors.staff(), "indicator")
                .post("/api/v1/target-tables/" + table + "/submit")
                .then()
                .statusCode(200);
        approveEveryStage(table, 1);
        Actors.await(
                "the approved table",
                30,
                () -> "APPROVED"
                                .equals(actors.as(actors.staff(), "indicator")
                                        .get("/api/v1/target-tables/" + table)
                                        .then()
                                        .extract()
                                        .path("status"))
                        ? true
                        : null);
        return table;
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

    private void approveEveryStage(String subject, int version) {
        for (int stage = 0; ; stage++) {
            Map<String, Object> task = task(subject, stage, version);
            decide(task, "APPROVE");
            if ((int) task.get("stage") == (int) task.get("stageCount") - 1) {
                return;
            }
        }
    }

    private void decide(String subject, int stage, int version, String outcome) {
        decide(task(subject, stage, version), outcome);
    }

    private void decide(Map<String, Object> task, String outcome) {
        String reviewer =
                "FINANCE_BUREAU".equals(task.get("stageType")) ? actors.financeReviewer() : actors.deptReviewer();
        Map<String, Object> decision = "APPROVE".equals(outcome)
                ? Map.of("outcome", "APPROVE", "grade", "优", "opinion", "同意")
                : Map.of("outcome", "RETURN", "grade", "中", "opinion", "请补充偏差分析");
        actors.as(reviewer, "review")
                .body(decision)
                .post("/api/v1/review-tasks/" + task.get("id") + "/decision")
                .then()
                .statusCode(200);
    }

    private Map<String, Object> task(String subject, int stage, int version) {
        return Actors.await("the stage-" + stage + " task of " + subject + " v" + version, 30, () -> {
            List<Map<String, Object>> items = actors.as(Actors.admin(), "review")
                    .get("/api/v1/review-tasks?subjectId=" + subject)
                    .then()
                    .statusCode(200)
                    .extract()
                    .path("items");
            return items.stream()
                    .filter(t -> (int) t.get("stage") == stage && (int) t.get("subjectVersion") == version)
                    .findFirst()
                    .orElse(null);
        });
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
