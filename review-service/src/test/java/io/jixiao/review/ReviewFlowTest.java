package io.jixiao.review;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jixiao.review.org.OrgCopy;
import io.jixiao.testsupport.EventProbe;
import io.jixiao.testsupport.PoisonRecords;
import io.jixiao.testsupport.Tokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ReviewFlowTest {
    @jakarta.inject.Inject
    io.agroal.api.AgroalDataSource db;

    final String s = UUID.randomUUID().toString().substring(0, 6);
    final String bureau = "F" + s;
    final String dept = "D" + s;
    final String unit = "U" + s;
    final String otherDept = "E" + s;

    void tree() throws InterruptedException {
        org(bureau, "FINANCE_BUREAU", null, "/" + bureau + "/");
        org(dept, "DEPARTMENT", bureau, "/" + bureau + "/" + dept + "/");
        org(otherDept, "DEPARTMENT", bureau, "/" + bureau + "/" + otherDept + "/");
        org(unit, "UNIT", dept, "/" + bureau + "/" + dept + "/" + unit + "/");
        awaitOrgCopy(unit);
    }

    @Test
    void aTableIsApprovedByTheDepartmentThenTheFinanceBureau() throws Exception {
        tree();
        UUID table = UUID.randomUUID();
        EventProbe.send(
                "target-tables",
                table.toString(),
                "target-table.submitted.v1",
                UUID.randomUUID(),
                submitted(table, 1, null));

        String deptTask = awaitTask(table, 0);
        as(deptReviewer())
                .get("/api/v1/review-tasks?status=PENDING&subjectId=" + table)
                .then()
                .statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].stageType", equalTo("DEPARTMENT"))
                .body("items[0].reviewerOrgCode", equalTo(dept))
                .body("items[0].overdue", equalTo(false));
        as(deptReviewer())
                .get("/api/v1/review-tasks/" + deptTask)
                .then()
                .statusCode(200)
                .body("subject.indicators[0].target", equalTo("≥200000"))
                .body("task.subjectTitle", equalTo("劳动竞赛专项资金 绩效目标表 2021"));

        as(Tokens.of("staff", unit, "unit-staff"))
                .body(Map.of("outcome", "APPROVE"))
                .post(decision(deptTask))
                .then()
                .statusCode(403);
        as(Tokens.of("dept2", otherDept, "dept-reviewer"))
                .body(Map.of("outcome", "APPROVE"))
                .post(decision(deptTask))
                .then()
                .statusCode(404);
        as(financeReviewer())
                .body(Map.of("outcome", "APPROVE"))
                .post(decision(deptTask))
                .then()
                .statusCode(403);
        as(deptReviewer())
                .body(Map.of("outcome", "APPROVE", "grade", "差"))
                .post(decision(deptTask))
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("grade"));

        as(deptReviewer())
                .body(Map.of("outcome", "APPROVE", "grade", "优", "opinion", "同意"))
                .post(decision(deptTask))
                .then()
                .statusCode(200)
                .body("task.status", equalTo("APPROVED"))
                .body("task.decidedBy", equalTo("dept"));
        as(deptReviewer())
                .body(Map.of("outcome", "RETURN", "opinion", "再看看"))
                .post(decision(deptTask))
                .then()
                .statusCode(409);

        String financeTask = awaitTask(table, 1);
        as(financeReviewer())
                .get("/api/v1/review-tasks/" + financeTask)
                .then()
                .body("task.stageType", equalTo("FINANCE_BUREAU"));
        as(financeReviewer())
                .body(Map.of("outcome", "APPROVE", "grade", "良", "opinion", "按意见修改后同意"))
                .post(decision(financeTask))
                .then()
                .statusCode(200);

        var completed = EventProbe.read(
                "reviews",
                EventProbe.keyed(table.toString()).and(EventProbe.ofType("review.completed.v1")),
                1,
                Duration.ofSeconds(20),
                Duration.ofSeconds(2));
        assertEquals(1, completed.size());
        JsonPath done = JsonPath.from(completed.get(0).value());
        assertEquals("APPROVED", done.getString("outcome"));
        assertEquals("TARGET_TABLE", done.getString("subjectType"));
        assertEquals(1, done.getInt("version"));
        assertEquals(List.of("dept", "finance"), done.getList("decisions.decidedBy"));
    }

    /** 绩效运行监控: a sheet goes department → finance bureau; the bureau's measure ends up on review.completed.v1. */
    @Test
    void aMonitoringSheetIsReviewedAndTheFinanceBureausMeasureIsAnnounced() throws Exception {
        tree();
        UUID sheet = UUID.randomUUID();
        EventProbe.send("evaluations", sheet.toString(), "monitoring.submitted.v1", UUID.randomUUID(), """
                {"sheet":{"id":"%s","roundId":"%s","projectId":"%s","projectName":"劳模帮扶专项资金","orgCode":"%s",
                  "orgPath":"/%s/%s/%s/","fiscalYear":2021,"light":"RED","rows":[]},"version":1}""".formatted(
                        sheet, UUID.randomUUID(), UUID.randomUUID(), unit, bureau, dept, unit));
        String deptTask = awaitTask(sheet, 0);
        as(deptReviewer())
                .get("/api/v1/review-tasks/" + deptTask)
                .then()
                .body("task.subjectType", equalTo("MONITORING"))
                .body("task.subjectTitle", equalTo("劳模帮扶专项资金 绩效运行监控 2021"))
                .body("subject.light", equalTo("RED"));
        as(deptReviewer())
                .body(Map.of("outcome", "APPROVE", "grade", "良", "opinion", "进度滞后，已督促"))
                .post(decision(deptTask))
                .then()
                .statusCode(200);
        String financeTask = awaitTask(sheet, 1);
        as(financeReviewer())
                .body(Map.of("outcome", "APPROVE", "financeMeasure", "HALT"))
                .post(decision(financeTask))
                .then()
                .statusCode(400);
        as(financeReviewer())
                .body(Map.of(
                        "outcome", "APPROVE", "grade", "良", "opinion", "暂缓拨付剩余资金", "financeMeasure", "SUSPEND_FUNDING"))
                .post(decision(financeTask))
                .then()
                .statusCode(200)
                .body("task.financeMeasure", equalTo("SUSPEND_FUNDING"));
        var completed = EventProbe.read(
                "reviews",
                EventProbe.keyed(sheet.toString()).and(EventProbe.ofType("review.completed.v1")),
                1,
                Duration.ofSeconds(20),
                Duration.ofSeconds(1));
        JsonPath done = JsonPath.from(completed.get(0).value());
        assertEquals("MONITORING", done.getString("subjectType"));
        assertEquals("SUSPEND_FUNDING", done.getString("financeMeasure"));
        assertEquals("SUSPEND_FUNDING", done.getString("decisions[1].financeMeasure"));
    }

    @Test
    void aFinanceMeasureIsForMonitoringSheetsOnly() throws Exception {
        tree();
        UUID table = UUID.randomUUID();
        EventProbe.send(
                "target-tables",
                table.toString(),
                "target-table.submitted.v1",
                UUID.randomUUID(),
                submitted(table, 1, null));
        String task = awaitTask(table, 0);
        as(deptReviewer())
                .body(Map.of("outcome", "APPROVE", "financeMeasure", "STOP_FUNDING"))
                .post(decision(task))
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("financeMeasure"));
    }

    @Test
    void aReturnedTableIsReviewedAgainInANewRoundAndTheHistoryKeepsBoth() throws Exception {
        tree();
        UUID table = UUID.randomUUID();
        UUID event = UUID.randomUUID();
        EventProbe.send(
                "target-tables", table.toString(), "target-table.submitted.v1", event, submitted(table, 1, null));
        EventProbe.send(
                "target-tables", table.toString(), "target-table.submitted.v1", event, submitted(table, 1, null));
        String first = awaitTask(table, 0);
        as(deptReviewer())
                .body(Map.of("outcome", "RETURN", "grade", "中"))
                .post(decision(first))
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("opinion"));
        as(deptReviewer())
                .body(Map.of("outcome", "RETURN", "grade", "中", "opinion", "满意度指标缺少目标值"))
                .post(decision(first))
                .then()
                .statusCode(200);
        var returned = EventProbe.read(
                "reviews",
                EventProbe.keyed(table.toString()).and(EventProbe.ofType("review.completed.v1")),
                1,
                Duration.ofSeconds(20),
                Duration.ofSeconds(1));
        assertTrue(returned.get(0).value().contains("\"outcome\":\"RETURNED\""));
        assertTrue(returned.get(0).value().contains("满意度指标缺少目标值"));

        String changes = "{\"added\":[\"满意度指标 / 服务对象满意度指标 / 参与职工满意度\"],\"removed\":[],\"changed\":[]}";
        EventProbe.send(
                "target-tables",
                table.toString(),
                "target-table.submitted.v1",
                UUID.randomUUID(),
                submitted(table, 2, changes));
        String second = awaitTask(table, 0, 2);
        as(deptReviewer())
                .get("/api/v1/review-tasks/" + second)
                .then()
                .body("changes.added", contains("满意度指标 / 服务对象满意度指标 / 参与职工满意度"));
        as(deptReviewer()).get("/api/v1/review-tasks?subjectId=" + table).then().body("total", equalTo(2));

        as(Tokens.of("staff", unit, "unit-staff"))
                .get("/api/v1/reviews?subjectId=" + table)
                .then()
                .statusCode(200)
                .body("version", contains(1, 2))
                .body("[0].outcome", equalTo("RETURNED"))
                .body("[0].stages[0].opinion", equalTo("满意度指标缺少目标值"))
                .body("[0].stages[0].grade", equalTo("中"))
                .body("[1].outcome", equalTo("IN_REVIEW"));
        as(Tokens.of("dept2", otherDept, "dept-reviewer"))
                .get("/api/v1/reviews?subjectId=" + table)
                .then()
                .statusCode(404);
        as(Tokens.of("dept2", otherDept, "dept-reviewer"))
                .get("/api/v1/review-tasks?size=200")
                .then()
                .body("items.subjectId", not(hasItem(table.toString())));
    }

    @Test
    void twoReviewersDecidingAtOnceMakeOneDecision() throws Exception {
        tree();
        UUID table = UUID.randomUUID();
        EventProbe.send(
                "target-tables",
                table.toString(),
                "target-table.submitted.v1",
                UUID.randomUUID(),
                submitted(table, 1, null));
        String task = awaitTask(table, 0);
        Callable<Integer> approve = () -> as(deptReviewer())
                .body(Map.of("outcome", "APPROVE", "grade", "优"))
                .post(decision(task))
                .statusCode();
        Callable<Integer> reject = () -> as(Tokens.of("dept-b", dept, "dept-reviewer"))
                .body(Map.of("outcome", "RETURN", "grade", "差", "opinion", "不同意"))
                .post(decision(task))
                .statusCode();
        var pool = Executors.newFixedThreadPool(2);
        List<Future<Integer>> answers = pool.invokeAll(List.of(approve, reject));
        pool.shutdown();
        List<Integer> codes = List.of(answers.get(0).get(), answers.get(1).get());
        assertTrue(codes.contains(200) && codes.contains(409), "one wins, the other is told: " + codes);
        // the winner's decision is the only one on the department's stage (an approval also opens the finance stage)
        as(deptReviewer())
                .get("/api/v1/reviews?subjectId=" + table)
                .then()
                .body("[0].stages.findAll { it.stage == 0 }.size()", equalTo(1))
                .body("[0].stages[0].status", org.hamcrest.Matchers.oneOf("APPROVED", "RETURNED"));
    }

    /** Past its due date a pending task is overdue, in the list filter and on the task; once decided it is not. */
    @Test
    void aPendingTaskPastItsDueDateIsOverdueUntilDecided() throws Exception {
        tree();
        UUID table = UUID.randomUUID();
        EventProbe.send(
                "target-tables",
                table.toString(),
                "target-table.submitted.v1",
                UUID.randomUUID(),
                submitted(table, 1, null));
        String task = awaitTask(table, 0);
        String list = "/api/v1/review-tasks?subjectId=" + table + "&overdue=";
        as(deptReviewer()).get(list + "true").then().body("total", equalTo(0));
        QuarkusTransaction.requiringNew()
                .run(() -> io.jixiao.review.task.ReviewTask.update(
                        "dueAt = ?1 where id = ?2",
                        java.time.OffsetDateTime.now().minusDays(1),
                        UUID.fromString(task)));
        as(deptReviewer())
                .get(list + "true")
                .then()
                .body("total", equalTo(1))
                .body("items[0].id", equalTo(task))
                .body("items[0].overdue", equalTo(true));
        as(deptReviewer()).get(list + "false").then().body("total", equalTo(0));
        as(deptReviewer())
                .body(Map.of("outcome", "APPROVE", "grade", "优"))
                .post(decision(task))
                .then()
                .statusCode(200);
        as(deptReviewer()).get(list + "true").then().body("total", equalTo(0));
        as(deptReviewer()).get("/api/v1/review-tasks/" + task).then().body("task.overdue", equalTo(false));
    }

    @Test
    void aPendingTaskFollowsItsProjectWhenAnAdminMovesIt() throws Exception {
        tree();
        String movedTo = "V" + s;
        String movedPath = "/" + bureau + "/" + otherDept + "/" + movedTo + "/";
        org(movedTo, "UNIT", otherDept, movedPath);
        awaitOrgCopy(movedTo);
        UUID table = UUID.randomUUID();
        EventProbe.send(
                "target-tables",
                table.toString(),
                "target-table.submitted.v1",
                UUID.randomUUID(),
                submitted(table, 1, null));
        String task = awaitTask(table, 0);

        moved(table, movedTo, movedPath, 2);
        as(Tokens.of("dept2", otherDept, "dept-reviewer"))
                .get("/api/v1/review-tasks/" + task)
                .then()
                .statusCode(200)
                .body("task.reviewerOrgCode", equalTo(otherDept))
                .body("task.subjectOrgCode", equalTo(movedTo));
        as(deptReviewer()).get("/api/v1/review-tasks/" + task).then().statusCode(404);

        // an older state of the project, delivered late, does not move the task back
        moved(table, unit, "/" + bureau + "/" + dept + "/" + unit + "/", 1);
        as(Tokens.of("dept2", otherDept, "dept-reviewer"))
                .get("/api/v1/review-tasks/" + task)
                .then()
                .statusCode(200)
                .body("task.reviewerOrgCode", equalTo(otherDept));
    }

    @Test
    void aSubmissionReadAfterItsProjectMovedStartsWhereTheProjectIsNow() throws Exception {
        tree();
        String movedTo = "W" + s;
        String movedPath = "/" + bureau + "/" + otherDept + "/" + movedTo + "/";
        org(movedTo, "UNIT", otherDept, movedPath);
        awaitOrgCopy(movedTo);
        UUID table = UUID.randomUUID();
        moved(table, movedTo, movedPath, 3);
        // the submission was sent before the move (it names the old unit) but arrives after it
        EventProbe.send(
                "target-tables",
                table.toString(),
                "target-table.submitted.v1",
                UUID.randomUUID(),
                submitted(table, 1, null));
        String task = awaitTask(table, 0);
        as(Tokens.of("dept2", otherDept, "dept-reviewer"))
                .get("/api/v1/review-tasks/" + task)
                .then()
                .statusCode(200)
                .body("task.reviewerOrgCode", equalTo(otherDept))
                .body("task.subjectOrgCode", equalTo(movedTo));
    }

    /** review-service learns organisations from events: a round can open once it knows the unit. */
    static void awaitOrgCopy(String code) throws InterruptedException {
        for (int i = 0; i < 150 && QuarkusTransaction.requiringNew().call(() -> OrgCopy.findById(code)) == null; i++) {
            Thread.sleep(200);
        }
    }

    /** project.updated.v1 for the project (its id is the table's in these tests), waited for until applied. */
    private void moved(UUID project, String orgCode, String orgPath, int version) throws InterruptedException {
        UUID id =
                EventProbe.send("projects", project.toString(), "project.updated.v1", UUID.randomUUID(), """
                {"id":"%s","fiscalYear":2021,"orgCode":"%s","orgPath":"%s","name":"劳动竞赛专项资金","version":%d}""".formatted(
                                project, orgCode, orgPath, version));
        for (int i = 0; i < 150 && !PoisonRecords.processed(db, id, "review.project-moved"); i++) {
            Thread.sleep(200);
        }
        assertTrue(PoisonRecords.processed(db, id, "review.project-moved"), "project.updated.v1 not applied");
    }

    String submitted(UUID table, int version, String changes) {
        return """
                {"table":{"id":"%s","projectId":"%s","projectName":"劳动竞赛专项资金","orgCode":"%s","orgPath":"/%s/%s/%s/",
                  "fiscalYear":2021,"period":"ANNUAL","periodStartYear":2021,"periodEndYear":2021,"status":"SUBMITTED","version":%d,
                  "indicators":[{"level1":"产出目标","level2":"数量","name":"市级技术比武竞赛参加人次","target":"≥200000"}]},
                 "version":%d,"subjectType":"TARGET_TABLE","previousVersion":%s,"changes":%s,"submittedBy":"staff"}""".formatted(
                        table,
                        table,
                        unit,
                        bureau,
                        dept,
                        unit,
                        version,
                        version,
                        version == 1 ? "null" : version - 1,
                        changes == null ? "null" : changes);
    }

    String awaitTask(UUID subject, int stage) throws InterruptedException {
        return awaitTask(subject, stage, 1);
    }

    String awaitTask(UUID subject, int stage, int version) throws InterruptedException {
        for (int i = 0; i < 150; i++) {
            List<Map<String, Object>> items = given().auth()
                    .oauth2(Tokens.of("auditor", null, "auditor"))
                    .get("/api/v1/review-tasks?size=50&subjectId=" + subject)
                    .then()
                    .extract()
                    .path("items");
            for (Map<String, Object> t : items) {
                if ((int) t.get("stage") == stage && (int) t.get("subjectVersion") == version) {
                    return (String) t.get("id");
                }
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no task for stage " + stage + " of " + subject);
    }

    String deptReviewer() {
        return Tokens.of("dept", dept, "dept-reviewer");
    }

    String financeReviewer() {
        return Tokens.of("finance", bureau, "finance-reviewer");
    }

    static String decision(String task) {
        return "/api/v1/review-tasks/" + task + "/decision";
    }

    static RequestSpecification as(String token) {
        return given().auth().oauth2(token).contentType("application/json");
    }

    static void org(String code, String type, String parent, String path) {
        EventProbe.send(
                "orgs",
                code,
                "org.registered.v1",
                UUID.randomUUID(),
                "{\"code\":\"%s\",\"name\":\"%s\",\"type\":\"%s\",\"parentCode\":%s,\"path\":\"%s\"}"
                        .formatted(code, code, type, parent == null ? "null" : "\"" + parent + "\"", path));
    }
}
