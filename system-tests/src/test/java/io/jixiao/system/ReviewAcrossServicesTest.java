package io.jixiao.system;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A target table from submission to approval through project-, indicator- and review-service, all three as they ship,
 * talking only through the broker: the reviewers' tasks appear, decisions flow back, the table locks.
 */
class ReviewAcrossServicesTest {
    static Stack stack;
    Actors actors;

    @BeforeAll
    static void start() {
        stack = Stack.get();
    }

    @org.junit.jupiter.api.BeforeEach
    void people() {
        actors = new Actors(stack);
    }

    @Test
    void submitThenDepartmentThenFinanceApproveAndTheTableLocks() {
        // a first submission warms the freshly started services (JIT, connection pools, consumer assignment);
        // the promise of 2 s is about a running system
        String warmUp = preparedTable("预热项目");
        as(staff(), "indicator")
                .post("/api/v1/target-tables/" + warmUp + "/submit")
                .then()
                .statusCode(200);
        await("the warm-up task", () -> task(deptReviewer(), warmUp, 0, 1));

        String table = preparedTable("总工会劳动竞赛专项资金");
        long submitted = System.nanoTime();
        as(staff(), "indicator")
                .post("/api/v1/target-tables/" + table + "/submit")
                .then()
                .statusCode(200);
        String deptTask = await("the department's task", () -> task(deptReviewer(), table, 0, 1));
        long visibleMs = (System.nanoTime() - submitted) / 1_000_000;
        // printed for the record; how fast is the benchmarks' business, never a test's (a loaded CI machine is slower)
        System.out.printf("review task visible %d ms after submission%n", visibleMs);

        as(deptReviewer(), "review")
                .body(Map.of("outcome", "APPROVE", "grade", "优", "opinion", "同意"))
                .post("/api/v1/review-tasks/" + deptTask + "/decision")
                .then()
                .statusCode(200);
        String financeTask = await("the finance bureau's task", () -> task(financeReviewer(), table, 1, 1));
        as(financeReviewer(), "review")
                .body(Map.of("outcome", "APPROVE", "grade", "优", "opinion", "同意"))
                .post("/api/v1/review-tasks/" + financeTask + "/decision")
                .then()
                .statusCode(200);

        await("the approved table", () -> "APPROVED".equals(status(table)) ? table : null);
        as(staff(), "indicator").get("/api/v1/target-tables/" + table).then().body("approvedVersion", equalTo(1));
        as(staff(), "indicator")
                .body(tableBody(null))
                .put("/api/v1/target-tables/" + table)
                .then()
                .statusCode(409);
    }

    @Test
    void aReturnedTableIsEditedResubmittedAndReviewedInASecondRound() {
        String table = preparedTable("市级劳模帮扶救助专项资金");
        as(staff(), "indicator")
                .post("/api/v1/target-tables/" + table + "/submit")
                .then()
                .statusCode(200);
        String first = await("the first task", () -> task(deptReviewer(), table, 0, 1));
        as(deptReviewer(), "review")
                .body(Map.of("outcome", "RETURN", "grade", "中", "opinion", "请补充绩效标准"))
                .post("/api/v1/review-tasks/" + first + "/decision")
                .then()
                .statusCode(200);
        await("the returned table", () -> "RETURNED".equals(status(table)) ? table : null);
        as(staff(), "indicator").get("/api/v1/target-tables/" + table).then().body("lastOpinion", equalTo("请补充绩效标准"));

        Object revision = as(staff(), "indicator")
                .get("/api/v1/target-tables/" + table)
                .then()
                .extract()
                .path("revision");
        as(staff(), "indicator")
                .body(tableBody((Integer) revision))
                .put("/api/v1/target-tables/" + table)
                .then()
                .statusCode(200);
        as(staff(), "indicator")
                .post("/api/v1/target-tables/" + table + "/submit")
                .then()
                .statusCode(200)
                .body("version", equalTo(2));
        String second = await("the second round's task", () -> task(deptReviewer(), table, 0, 2));
        as(deptReviewer(), "review")
                .get("/api/v1/review-tasks/" + second)
                .then()
                .body("changes.changed[0].field", equalTo("standard"));
        as(staff(), "review")
                .get("/api/v1/reviews?subjectId=" + table)
                .then()
                .statusCode(200)
                .body("version", equalTo(List.of(1, 2)))
                .body("[0].outcome", equalTo("RETURNED"))
                .body("[0].stages[0].opinion", equalTo("请补充绩效标准"))
                .body("[1].outcome", equalTo("IN_REVIEW"));
    }

    @Test
    void oneCorrelationIdFollowsTheWorkIntoEveryServiceItReaches() {
        String table = preparedTable("工会送温暖专项资金");
        String submission = "it-submit-" + java.util.UUID.randomUUID();
        as(staff(), "indicator")
                .header("X-Correlation-Id", submission)
                .post("/api/v1/target-tables/" + table + "/submit")
                .then()
                .statusCode(200)
                .header("X-Correlation-Id", equalTo(submission));
        String task = await("the department's task", () -> task(deptReviewer(), table, 0, 1));
        String decision = "it-decide-" + java.util.UUID.randomUUID();
        as(deptReviewer(), "review")
                .header("X-Correlation-Id", decision)
                .body(Map.of("outcome", "RETURN", "grade", "中", "opinion", "请细化指标"))
                .post("/api/v1/review-tasks/" + task + "/decision")
                .then()
                .statusCode(200);
        await("the returned table", () -> "RETURNED".equals(status(table)) ? table : null);

        // production logs are JSON records; the id of the request is in the MDC of the lines written where its event
        // was applied, in another service
        await("review-service's line for the submission", () -> logged("review", submission, "target-table.submitted"));
        com.fasterxml.jackson.databind.JsonNode line =
                await("indicator-service's line for the decision", () -> logged("indicator", decision, "review."));
        assertEquals("indicator-service", line.path("service").asText());
        assertEquals("INFO", line.path("level").asText());
        assertTrue(line.path("message").asText().contains(table), line.toString());
    }

    private com.fasterxml.jackson.databind.JsonNode logged(String service, String correlationId, String typePrefix) {
        return stack.logRecords(service, 1).stream()
                .filter(r ->
                        correlationId.equals(r.path("mdc").path("correlationId").asText()))
                .filter(r -> r.path("message").asText().contains(" applied " + typePrefix))
                .findFirst()
                .orElse(null);
    }

    private String preparedTable(String projectName) {
        return actors.preparedTable(projectName);
    }

    private static Map<String, Object> tableBody(Integer revision) {
        return Actors.tableBody(revision);
    }

    private RequestSpecification as(String token, String service) {
        return actors.as(token, service);
    }

    private static <T> T await(String what, Supplier<T> probe) {
        return Actors.await(what, 30, probe);
    }

    private String staff() {
        return actors.staff();
    }

    private String deptReviewer() {
        return actors.deptReviewer();
    }

    private String financeReviewer() {
        return actors.financeReviewer();
    }

    private static String admin() {
        return Actors.admin();
    }

    private String status(String table) {
        return as(staff(), "indicator")
                .get("/api/v1/target-tables/" + table)
                .then()
                .extract()
                .path("status");
    }

    private String task(String token, String subject, int stage, int version) {
        List<Map<String, Object>> items = as(token, "review")
                .get("/api/v1/review-tasks?subjectId=" + subject)
                .then()
                .statusCode(200)
                .extract()
                .path("items");
        return items.stream()
                .filter(t -> (int) t.get("stage") == stage && (int) t.get("subjectVersion") == version)
                .map(t -> (String) t.get("id"))
                .findFirst()
                .orElse(null);
    }
}
