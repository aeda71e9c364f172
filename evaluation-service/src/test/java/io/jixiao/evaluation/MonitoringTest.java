package io.jixiao.evaluation;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.jixiao.testsupport.EventProbe;
import io.jixiao.testsupport.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * 绩效运行监控 from the finance bureau's round to its measure: seed 002's 劳模帮扶 table, 300,000 of 830,000 元 spent
 * after July (36.14 % against 58.33 % of the year: red), one indicator the unit does not expect to meet; the sheet is
 * submitted, reviewed with 暂缓拨款, and the measure is announced for webhooks.
 */
@QuarkusTest
class MonitoringTest {
    final String s = UUID.randomUUID().toString().substring(0, 6);
    final String bureau = "F" + s;
    final String unit = "U" + s;
    final String path = "/" + bureau + "/D" + s + "/" + unit + "/";
    final String staff = Tokens.of("staff", unit, "unit-staff");
    final String finance = Tokens.of("finance", bureau, "finance-reviewer");
    final String stranger = Tokens.of("staff2", "X" + s, "unit-staff");

    @Test
    void aLaggingSheetGoesThroughReviewAndTheFinanceMeasureIsAnnounced() throws Exception {
        UUID project = SeedEvaluations.prepare(1, "劳模帮扶专项资金", unit, path, staff);
        budget(project, "830000", "300000");

        open(staff).statusCode(403);
        String round = open(finance)
                .statusCode(201)
                .body("sheets", equalTo(1))
                .body("label", equalTo("1-7月"))
                .body("timeProgress", equalTo(58.33f))
                .extract()
                .path("id");
        open(finance).statusCode(409);

        JsonPath sheet = as(staff)
                .get("/api/v1/monitoring-sheets?roundId=" + round)
                .then()
                .statusCode(200)
                .body("total", equalTo(1))
                .extract()
                .jsonPath();
        String id = sheet.getString("items[0].id");
        int rows = sheet.getList("items[0].rows").size();
        assertEquals(36.14f, sheet.getFloat("items[0].executionRate"));
        assertEquals("RED", sheet.getString("items[0].executionLight"));
        assertEquals(830000.0f, sheet.getFloat("items[0].budgetAdjusted"));

        // row 0 lags and will not be met; the others are on their way
        List<Map<String, Object>> entries = new ArrayList<>();
        for (int i = 0; i < rows; i++) {
            entries.add(new HashMap<>(Map.of("likelihood", i == 0 ? "IMPOSSIBLE" : "CERTAIN")));
        }
        fill(id, Map.of("rows", entries))
                .statusCode(200)
                .body("rows[0].light", equalTo("RED"))
                .body("rows[1].light", equalTo("GREEN"))
                .body("light", equalTo("RED"))
                .body("lightLabel", equalTo("红灯"));
        as(staff)
                .post("/api/v1/monitoring-sheets/" + id + "/submit")
                .then()
                .statusCode(400)
                .body("violations.field", hasItem("rows[0].deviationCause"))
                .body("violations.field", hasItem("rows[0].correctiveMeasure"))
                .body("violations.field", not(hasItem("rows[1].deviationCause")));
        entries.get(0)
                .putAll(Map.of(
                        "current", "20人",
                        "expected", "40人",
                        "deviationCause", "FUNDING",
                        "deviationReason", "省级资金8月才下达",
                        "correctiveMeasure", "资金到位后集中发放"));
        fill(id, Map.of("rows", entries)).statusCode(200).body("rows[0].current", equalTo("20人"));
        EvidenceUpload.pdf(staff, "monitoring-sheets/" + id, "发放台账.pdf").statusCode(201);
        as(staff)
                .post("/api/v1/monitoring-sheets/" + id + "/submit")
                .then()
                .statusCode(200)
                .body("status", equalTo("SUBMITTED"));
        fill(id, Map.of("budgetExecuted", 1)).statusCode(409);
        EvidenceUpload.pdf(staff, "monitoring-sheets/" + id, "late.pdf").statusCode(409);
        assertEquals(
                1,
                EventProbe.read(
                                "evaluations",
                                EventProbe.keyed(id).and(EventProbe.ofType("monitoring.submitted.v1")),
                                1,
                                Duration.ofSeconds(20),
                                Duration.ofSeconds(1))
                        .size());

        // review-service's outcome, as it sends it: the bureau suspends the funds
        EventProbe.send("reviews", id, "review.completed.v1", UUID.randomUUID(), """
                {"subjectType":"MONITORING","subjectId":"%s","version":1,"outcome":"APPROVED","grade":"良",
                 "opinion":"暂缓拨付剩余资金","decidedBy":"finance","financeMeasure":"SUSPEND_FUNDING"}""".formatted(id));
        var measures = EventProbe.read(
                "evaluations",
                EventProbe.keyed(id).and(EventProbe.ofType("monitoring.finance-measure.v1")),
                1,
                Duration.ofSeconds(20),
                Duration.ofSeconds(1));
        JsonPath measure = JsonPath.from(measures.get(0).value());
        assertEquals("SUSPEND_FUNDING", measure.getString("measure"));
        assertEquals("暂缓拨款", measure.getString("measureLabel"));
        assertEquals(path, measure.getString("orgPath"));
        as(staff)
                .get("/api/v1/monitoring-sheets/" + id)
                .then()
                .body("status", equalTo("APPROVED"))
                .body("financeMeasure", equalTo("SUSPEND_FUNDING"));

        // what monitoring found becomes a rectification item (问题整改) on the sheet, beside its self-evaluation
        Map<String, Object> finding = new HashMap<>(Map.of(
                "monitoringSheetId", id,
                "problem", "资金拨付滞后，帮扶进度落后于时间进度",
                "requirement", "9月底前完成剩余帮扶资金发放",
                "deadline", "2020-09-30"));
        String item = as(finance)
                .contentType(ContentType.JSON)
                .body(finding)
                .post("/api/v1/rectifications")
                .then()
                .statusCode(201)
                .body("monitoringSheetId", equalTo(id))
                .body("evaluationId", equalTo(sheet.getString("items[0].evaluationId")))
                .extract()
                .path("id");
        as(staff)
                .get("/api/v1/rectifications?monitoringSheetId=" + id)
                .then()
                .body("items.id", equalTo(List.of(item)))
                .body("items[0].overdue", equalTo(true));
        finding.put("evaluationId", sheet.getString("items[0].evaluationId"));
        as(finance)
                .contentType(ContentType.JSON)
                .body(finding)
                .post("/api/v1/rectifications")
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("evaluationId"));

        as(finance)
                .get("/api/v1/monitoring-rounds/" + round + "/summary")
                .then()
                .statusCode(200)
                .body("lights.RED", equalTo(1))
                .body("statuses.APPROVED", equalTo(1))
                .body("lagging[0].projectName", equalTo("劳模帮扶专项资金"))
                .body("lagging[0].laggingIndicators", equalTo(1))
                .body("units[0].orgCode", equalTo(unit))
                .body("units[0].executionRate", equalTo(36.14f))
                .body("units[0].light", equalTo("RED"));
        as(staff).get("/api/v1/monitoring-rounds?fiscalYear=2020").then().body("id", hasItem(round));

        // another unit: none of it exists
        as(stranger).get("/api/v1/monitoring-sheets/" + id).then().statusCode(404);
        as(stranger).get("/api/v1/monitoring-rounds/" + round).then().statusCode(404);
        as(stranger)
                .get("/api/v1/monitoring-rounds/" + round + "/summary")
                .then()
                .statusCode(404);
        as(stranger).get("/api/v1/monitoring-sheets/" + id + "/evidence").then().statusCode(404);
        as(stranger).get("/api/v1/monitoring-rounds").then().body("id", not(hasItem(round)));
        as(stranger).get("/api/v1/monitoring-sheets?size=200").then().body("items.id", not(hasItem(id)));
        as(stranger)
                .contentType(ContentType.JSON)
                .body(Map.of("rows", List.of()))
                .put("/api/v1/monitoring-sheets/" + id)
                .then()
                .statusCode(404);
    }

    @Test
    void aRoundNeedsTablesAndSaneThresholdsAndStaysInTheBureausRegion() {
        as(finance)
                .contentType(ContentType.JSON)
                .body(Map.of("fiscalYear", 2020, "monthsPassed", 13, "deadline", "2020-08-15"))
                .post("/api/v1/monitoring-rounds")
                .then()
                .statusCode(400)
                .body("violations[0].field", containsString("monthsPassed"));
        as(finance)
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "fiscalYear", 2020, "monthsPassed", 7, "deadline", "2020-08-15", "yellowGap", 30, "redGap", 20))
                .post("/api/v1/monitoring-rounds")
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("redGap"));
        as(finance)
                .contentType(ContentType.JSON)
                .body(Map.of("fiscalYear", 2099, "monthsPassed", 7, "deadline", "2099-08-15"))
                .post("/api/v1/monitoring-rounds")
                .then()
                .statusCode(409)
                .body("detail", containsString("nothing to monitor"));
    }

    private io.restassured.response.ValidatableResponse open(String token) {
        return as(token)
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "fiscalYear",
                        2020,
                        "monthsPassed",
                        7,
                        "deadline",
                        LocalDate.of(2020, 8, 15).toString()))
                .post("/api/v1/monitoring-rounds")
                .then();
    }

    private io.restassured.response.ValidatableResponse fill(String id, Map<String, Object> body) {
        return as(staff)
                .contentType(ContentType.JSON)
                .body(body)
                .put("/api/v1/monitoring-sheets/" + id)
                .then();
    }

    /** project-service's figures, as project.budget-executed.v1 brings them. */
    private void budget(UUID project, String adjusted, String executed) throws InterruptedException {
        EventProbe.send("projects", project.toString(), "project.budget-executed.v1", UUID.randomUUID(), """
                {"projectId":"%s","fiscalYear":2020,"orgCode":"%s","orgPath":"%s","name":"劳模帮扶专项资金",
                 "budgetExecution":{"adjusted":{"total":%s},"executed":{"total":%s}},"version":1}""".formatted(
                        project, unit, path, adjusted, executed));
        for (int i = 0; i < 150; i++) {
            Object got = as(staff)
                    .get("/api/v1/evaluations?projectId=" + project)
                    .then()
                    .extract()
                    .path("items[0].budgetAdjusted");
            if (got != null) {
                return;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("the budget never arrived");
    }

    private static RequestSpecification as(String token) {
        return given().auth().oauth2(token);
    }
}
