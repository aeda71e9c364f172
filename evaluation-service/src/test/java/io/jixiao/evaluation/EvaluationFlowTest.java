package io.jixiao.evaluation;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.jixiao.testsupport.EventProbe;
import io.jixiao.testsupport.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * Approved table → evaluation PENDING → actuals with one target missed (deviation analysis demanded, then given) →
 * submitted → approved → year closed → FINAL with its score and grade, one evaluation.scored.v1, and the summary.
 */
@QuarkusTest
class EvaluationFlowTest {
    final String s = UUID.randomUUID().toString().substring(0, 6);
    final String unit = "U" + s;
    final String path = "/F" + s + "/D" + s + "/" + unit + "/";
    final int year = 2050 + Math.abs(s.hashCode() % 40);

    @Test
    void anEvaluationFromApprovalToTheClosedYear() {
        UUID project = UUID.randomUUID();
        UUID table = UUID.randomUUID();
        EventProbe.send("projects", project.toString(), "project.budget-executed.v1", UUID.randomUUID(), """
                {"projectId":"%s","fiscalYear":%d,"orgCode":"%s","orgPath":"%s","name":"困难职工帮扶资金","amountUnit":"YUAN",
                 "budgetExecution":{"adjusted":{"total":250000.00},"executed":{"total":215457.60,"fiscal":215457.60}},"version":1}""".formatted(
                        project, year, unit, path));
        approve(table, project, "困难职工帮扶资金");
        String id = await("the prepared evaluation", () -> evaluationOf(project));
        // the budget and the approval travel on different topics: whichever comes second completes the sheet
        await(
                "the budget figures",
                () -> as(staff())
                        .get("/api/v1/evaluations/" + id)
                        .then()
                        .extract()
                        .path("budget.adjusted"));

        as(staff())
                .get("/api/v1/evaluations/" + id)
                .then()
                .statusCode(200)
                .body("status", equalTo("PENDING"))
                .body("indicators.weight", equalTo(List.of(25.0f, 25.0f, 30.0f, 10.0f)))
                .body("budget.adjusted", equalTo(250000.00f))
                .body("budget.score", equalTo(8.62f))
                .body("totalScore", org.hamcrest.Matchers.nullValue())
                .body("grade", org.hamcrest.Matchers.nullValue());

        Map<String, Object> entries = entries("90人", null);
        as(staff())
                .body(entries)
                .put("/api/v1/evaluations/" + id)
                .then()
                .statusCode(200)
                .body("status", equalTo("DRAFT"))
                .body("indicators[0].score", equalTo(22.5f))
                .body("indicators[0].needsDeviationAnalysis", equalTo(true))
                .body("totalScore", equalTo(96.12f));
        as(staff())
                .post("/api/v1/evaluations/" + id + "/submit")
                .then()
                .statusCode(400)
                .body("violations.field", equalTo(List.of("indicators[0].deviationAnalysis")));
        as(staff())
                .body(entries("90人", "春节前部分困难职工已脱困，实际帮扶人数少于计划；下年按建档数测算"))
                .put("/api/v1/evaluations/" + id)
                .then()
                .statusCode(200);
        as(staff())
                .post("/api/v1/evaluations/" + id + "/submit")
                .then()
                .statusCode(200)
                .body("status", equalTo("SUBMITTED"));
        var submitted = EventProbe.read(
                "evaluations",
                EventProbe.keyed(id).and(EventProbe.ofType("evaluation.submitted.v1")),
                1,
                Duration.ofSeconds(20),
                Duration.ofSeconds(1));
        assertEquals(
                4,
                JsonPath.from(submitted.get(0).value())
                        .getList("evaluation.indicators")
                        .size());

        EventProbe.send("reviews", id, "review.completed.v1", UUID.randomUUID(), """
                {"subjectType":"EVALUATION","subjectId":"%s","version":1,"outcome":"APPROVED","grade":"优","opinion":"同意"}""".formatted(id));
        await(
                "approval",
                () -> "APPROVED"
                                .equals(as(staff())
                                        .get("/api/v1/evaluations/" + id)
                                        .then()
                                        .extract()
                                        .path("status"))
                        ? id
                        : null);

        UUID never = UUID.randomUUID();
        approve(UUID.randomUUID(), never, "从未提交的项目");
        await("the second evaluation", () -> evaluationOf(never));

        // 信息公开: nothing is published while the year is open
        given().get("/api/v1/public/evaluations?fiscalYear=" + year + "&orgCode=" + unit)
                .then()
                .statusCode(200)
                .body("total", equalTo(0));
        closeTheYear();
        as(finance())
                .get("/api/v1/year-closes?fiscalYear=" + year)
                .then()
                .body(mine("done"), equalTo(2))
                .body(mine("total"), equalTo(2))
                .body(mine("notSubmitted"), equalTo(1))
                .body(mine("percent"), equalTo(100.00f));
        as(staff())
                .get("/api/v1/evaluations/" + id)
                .then()
                .body("status", equalTo("FINAL"))
                .body("totalScore", equalTo(96.12f))
                .body("grade", equalTo("优"));
        var scored = EventProbe.read(
                "evaluations",
                EventProbe.keyed(id).and(EventProbe.ofType("evaluation.scored.v1")),
                1,
                Duration.ofSeconds(20),
                Duration.ofSeconds(2));
        assertEquals(1, scored.size());
        assertEquals("FINAL", JsonPath.from(scored.get(0).value()).getString("status"));
        // without a token: the FINAL result with its money and score; the never-submitted one is not a result
        given().get("/api/v1/public/evaluations?fiscalYear=" + year + "&orgCode=" + unit)
                .then()
                .statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].id", equalTo(id))
                .body("items[0].projectName", equalTo("困难职工帮扶资金"))
                .body("items[0].budgetExecuted", equalTo(215457.60f))
                .body("items[0].score", equalTo(96.12f))
                .body("items[0].grade", equalTo("优"));

        as(Tokens.of("dept", "D" + s, "dept-reviewer"))
                .get("/api/v1/evaluations/summary?fiscalYear=" + year)
                .then()
                .statusCode(200)
                .body("projects", equalTo(2))
                .body("grades.优", equalTo(1))
                .body("statuses.FINAL", equalTo(1))
                .body("statuses.NOT_SUBMITTED", equalTo(1))
                .body("rows.projectName", hasItems("困难职工帮扶资金", "从未提交的项目"))
                .body("rows.find { it.projectName == '困难职工帮扶资金' }.sharePercent", equalTo(100.00f));
        as(staff())
                .body(entries("100人", null))
                .put("/api/v1/evaluations/" + id)
                .then()
                .statusCode(409);
    }

    /**
     * A close finalises only approved sheets: one still under review and one returned become NOT_APPROVED (the unit's
     * own score, never confirmed), not FINAL; targets approved after the close get an evaluation that is closed at
     * once. Budget figures with an absurd ratio (adjusted 1, executed 1,000,000) are stored, not a stopped channel.
     */
    @Test
    void aCloseFinalisesOnlyApprovedSheetsAndLateApprovalsAreClosedAtOnce() {
        UUID underReview = UUID.randomUUID();
        UUID returned = UUID.randomUUID();
        EventProbe.send(
                "projects", underReview.toString(), "project.budget-executed.v1", UUID.randomUUID(), """
                {"projectId":"%s","fiscalYear":%d,"orgCode":"%s","orgPath":"%s","name":"执行率异常","amountUnit":"YUAN",
                 "budgetExecution":{"adjusted":{"total":1},"executed":{"total":1000000}},"version":1}""".formatted(
                                underReview, year, unit, path));
        approve(UUID.randomUUID(), underReview, "审核中的项目");
        approve(UUID.randomUUID(), returned, "被退回的项目");
        String a = await("the first evaluation", () -> evaluationOf(underReview));
        String b = await("the second evaluation", () -> evaluationOf(returned));
        await(
                "the budget figures",
                () -> as(staff())
                        .get("/api/v1/evaluations/" + a)
                        .then()
                        .extract()
                        .path("budget.adjusted"));
        as(staff())
                .get("/api/v1/evaluations/" + a)
                .then()
                .body("budget.rate", equalTo(100000000.00f))
                .body("budget.score", equalTo(10.0f));
        for (String id : List.of(a, b)) {
            Map<String, Object> withBudget = new HashMap<>(entries("100人", null));
            if (id.equals(b)) { // a has the figures project-service announced; b's unit enters them
                withBudget.put("budget", Map.of("adjusted", 100, "executed", 90));
            }
            as(staff()).body(withBudget).put("/api/v1/evaluations/" + id).then().statusCode(200);
            as(staff()).post("/api/v1/evaluations/" + id + "/submit").then().statusCode(200);
        }
        EventProbe.send("reviews", b, "review.completed.v1", UUID.randomUUID(), """
                {"subjectType":"EVALUATION","subjectId":"%s","version":1,"outcome":"RETURNED","grade":"差","opinion":"重做"}""".formatted(b));
        await(
                "the return",
                () -> "RETURNED"
                                .equals(as(staff())
                                        .get("/api/v1/evaluations/" + b)
                                        .then()
                                        .extract()
                                        .path("status"))
                        ? b
                        : null);

        closeTheYear();
        as(finance())
                .get("/api/v1/year-closes?fiscalYear=" + year)
                .then()
                .body(mine("done"), equalTo(2))
                .body(mine("notApproved"), equalTo(2))
                .body(mine("notSubmitted"), equalTo(0));
        as(staff()).get("/api/v1/evaluations/" + a).then().body("status", equalTo("NOT_APPROVED"));
        as(staff()).get("/api/v1/evaluations/" + b).then().body("status", equalTo("NOT_APPROVED"));

        UUID late = UUID.randomUUID();
        approve(UUID.randomUUID(), late, "关闭后才批复的项目");
        String c = await("the late evaluation", () -> evaluationOf(late));
        await(
                "the late evaluation closed",
                () -> "NOT_SUBMITTED"
                                .equals(as(staff())
                                        .get("/api/v1/evaluations/" + c)
                                        .then()
                                        .extract()
                                        .path("status"))
                        ? c
                        : null);
        as(staff())
                .body(entries("100人", null))
                .put("/api/v1/evaluations/" + c)
                .then()
                .statusCode(409);
    }

    @Test
    void thePreviewScoresTheWorkedExampleAndRefusesAScoreOutsideItsBand() {
        Map<String, Object> sheet = new HashMap<>();
        sheet.put("budget", Map.of("adjusted", 250000, "executed", 215457.6, "weight", 10));
        List<Map<String, Object>> rows = new ArrayList<>(List.of(
                row("产出指标", "数量指标", "帮扶人数", "≥100人", "120人", 25),
                row("产出指标", "质量指标", "发放准确率", "100%", "100%", 25),
                row("效益指标", "社会效益指标", "生活改善", "≥80%", "85%", 20),
                row("效益指标", "社会效益指标", "政策知晓度", "≥90%", "95%", 10),
                row("满意度指标", "服务对象满意度指标", "受助职工满意度", "≥90", "96", 10)));
        sheet.put("indicators", rows);
        as(staff())
                .body(sheet)
                .post("/api/v1/scoring/preview")
                .then()
                .statusCode(200)
                .body("budgetRate", equalTo(86.18f))
                .body("budgetScore", equalTo(8.62f))
                .body("total", equalTo(98.62f))
                .body("grade", equalTo("优"))
                .body("indicators.needsDeviationAnalysis", equalTo(List.of(false, false, false, false, false)));
        Map<String, Object> qualitative = row("效益指标", "可持续影响指标", "长效机制", "健全", "基本健全", 10);
        qualitative.put("achievement", "PARTIAL");
        qualitative.put("score", 9);
        rows.set(3, qualitative);
        as(staff())
                .body(sheet)
                .post("/api/v1/scoring/preview")
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("indicators[3].score"));
        sheet.put("policy", Map.of("budgetWeight", 20));
        as(staff())
                .body(sheet)
                .post("/api/v1/scoring/preview")
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("level1Weights"));
    }

    @Test
    void anotherUnitsEvaluationIsNotFound() {
        UUID project = UUID.randomUUID();
        approve(UUID.randomUUID(), project, "别的单位的项目");
        String id = await("the evaluation", () -> evaluationOf(project));
        as(Tokens.of("staff2", "X" + s, "unit-staff"))
                .get("/api/v1/evaluations/" + id)
                .then()
                .statusCode(404);
        as(Tokens.of("staff2", "X" + s, "unit-staff"))
                .get("/api/v1/evaluations?size=200")
                .then()
                .body("items.id", org.hamcrest.Matchers.not(hasItem(id)));
        as(Tokens.of("dept", "D" + s, "dept-reviewer"))
                .get("/api/v1/evaluations/" + id)
                .then()
                .statusCode(200);
        as(Tokens.of("dept", "D" + s, "dept-reviewer"))
                .body(entries("1人", null))
                .put("/api/v1/evaluations/" + id)
                .then()
                .statusCode(403);
    }

    private void approve(UUID table, UUID project, String name) {
        String indicators = """
                [{"level1":"产出指标","level2":"数量指标","name":"帮扶人数","target":"≥100人","applicable":true},
                 {"level1":"产出指标","level2":"质量指标","name":"发放准确率","target":"100%","applicable":true},
                 {"level1":"效益指标","level2":"社会效益指标","name":"生活改善","target":"≥80%","applicable":true},
                 {"level1":"满意度指标","level2":"服务对象满意度指标","name":"受助职工满意度","target":"≥90","applicable":true}]""";
        EventProbe.send("target-tables", table.toString(), "target-table.approved.v1", UUID.randomUUID(), """
                {"table":{"id":"%s","projectId":"%s","projectName":"%s","orgCode":"%s","orgPath":"%s","fiscalYear":%d,
                  "annualGoal":"及时有效解决救助对象急难问题","indicators":%s},"version":2,"grade":"优"}""".formatted(
                        table, project, name, unit, path, year, indicators));
    }

    private static Map<String, Object> entries(String people, String analysis) {
        List<Map<String, Object>> rows = new ArrayList<>();
        Map<String, Object> first = new HashMap<>(Map.of("actual", people));
        if (analysis != null) {
            first.put("deviationAnalysis", analysis);
        }
        rows.add(first);
        rows.add(Map.of("actual", "100%"));
        rows.add(Map.of("actual", "86%"));
        rows.add(Map.of("actual", "96"));
        return Map.of("goalActual", "全年实际帮扶困难职工90人", "indicators", rows);
    }

    private static Map<String, Object> row(
            String l1, String l2, String name, String target, String actual, int weight) {
        return new HashMap<>(
                Map.of("level1", l1, "level2", l2, "name", name, "target", target, "actual", actual, "weight", weight));
    }

    /** fiscal-year.closed.v1 for this test's region, waited for until its close job is COMPLETED. */
    private void closeTheYear() {
        EventProbe.send("fiscal-years", String.valueOf(year), "fiscal-year.closed.v1", UUID.randomUUID(), """
                {"year":%d,"scopeOrgCode":"F%s","scopeOrgPath":"/F%s/","closedBy":"admin"}""".formatted(
                        year, s, s));
        await("the closed year", () -> {
            List<Map<String, Object>> jobs = as(finance())
                    .get("/api/v1/year-closes?fiscalYear=" + year)
                    .then()
                    .extract()
                    .path("$");
            // another test may close the same fiscal year for its own region: this test's job is the one of its scope
            return jobs.stream()
                    .filter(j -> ("F" + s).equals(j.get("scopeOrgCode")) && "COMPLETED".equals(j.get("status")))
                    .findFirst()
                    .orElse(null);
        });
    }

    /** A field of this test's own year-close job in the list of the year's jobs. */
    private String mine(String field) {
        return "find { it.scopeOrgCode == 'F" + s + "' }." + field;
    }

    private String evaluationOf(UUID project) {
        List<String> ids = as(Tokens.of("auditor", null, "auditor"))
                .get("/api/v1/evaluations?projectId=" + project)
                .then()
                .extract()
                .path("items.id");
        return ids.isEmpty() ? null : ids.get(0);
    }

    private static <T> T await(String what, Supplier<T> probe) {
        long end = System.nanoTime() + 30_000_000_000L;
        while (System.nanoTime() < end) {
            T v = probe.get();
            if (v != null) {
                return v;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        throw new AssertionError("waited 30 s for " + what);
    }

    private String staff() {
        return Tokens.of("staff", unit, "unit-staff");
    }

    /** Someone who reads every close job: an auditor. */
    private static String finance() {
        return Tokens.of("auditor", null, "auditor");
    }

    private static RequestSpecification as(String token) {
        return given().auth().oauth2(token).contentType("application/json");
    }
}
