package io.jixiao.evaluation;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.jixiao.testsupport.EventProbe;
import io.jixiao.testsupport.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A year's policy is stored and used; a reviewer's 复核 is kept beside the computed score. */
@QuarkusTest
class PolicyAndReviewScoreTest {
    final String s = UUID.randomUUID().toString().substring(0, 6);
    final String unit = "U" + s;
    final int year = 2100 - Math.abs(s.hashCode() % 9);

    @Test
    void aProvincePolicyWithBudgetWeight20AppliesToItsYear() throws Exception {
        String admin = Tokens.of("admin", null, "admin");
        as(admin)
                .body(Map.of("budgetWeight", 20, "level1Weights", Map.of("产出", 40, "效益", 30, "满意度", 10)))
                .put("/api/v1/scoring-policies/" + year + "?region=F" + s)
                .then()
                .statusCode(200)
                .body("budgetWeight", equalTo(20));
        as(Tokens.of("staff", unit, "unit-staff"))
                .body(Map.of("budgetWeight", 20))
                .put("/api/v1/scoring-policies/" + year)
                .then()
                .statusCode(403);
        as(admin)
                .body(Map.of("budgetWeight", 20))
                .put("/api/v1/scoring-policies/" + year)
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("level1Weights"));
        as(admin)
                .get("/api/v1/scoring-policies/" + year + "?region=F" + s)
                .then()
                .body("budgetWeight", equalTo(20));
        as(admin)
                .get("/api/v1/scoring-policies/" + year + "?region=ELSEWHERE")
                .then()
                .body("budgetWeight", equalTo(10));

        UUID project = UUID.randomUUID();
        EventProbe.send(
                "target-tables",
                UUID.randomUUID().toString(),
                "target-table.approved.v1",
                UUID.randomUUID(),
                """
                {"table":{"id":"%s","projectId":"%s","projectName":"省级口径项目","orgCode":"%s","orgPath":"/F%s/D%s/%s/",
                  "fiscalYear":%d,"indicators":[
                   {"level1":"产出指标","level2":"数量指标","name":"帮扶人数","target":"≥100人","applicable":true},
                   {"level1":"满意度指标","level2":"服务对象满意度指标","name":"满意度","target":"≥90%%","applicable":true}]},
                 "version":1}""".formatted(UUID.randomUUID(), project, unit, s, s, unit, year));
        String id = null;
        for (int i = 0; i < 200 && id == null; i++) {
            List<String> ids = as(Tokens.of("auditor", null, "auditor"))
                    .get("/api/v1/evaluations?projectId=" + project)
                    .then()
                    .extract()
                    .path("items.id");
            id = ids.isEmpty() ? null : ids.get(0);
            Thread.sleep(100);
        }
        String staff = Tokens.of("staff", unit, "unit-staff");
        as(staff)
                .get("/api/v1/evaluations/" + id)
                .then()
                .body("budget.weight", equalTo(20.0f))
                .body("indicators.weight", equalTo(List.of(40.0f, 10.0f)));

        as(staff)
                .body(Map.of(
                        "budget",
                        Map.of("adjusted", 100000, "executed", 100000),
                        "indicators",
                        List.of(Map.of("actual", "100人"), Map.of("actual", "95%"))))
                .put("/api/v1/evaluations/" + id)
                .then()
                .statusCode(200)
                .body("totalScore", equalTo(70.0f))
                .body("grade", equalTo("中"));
        String dept = Tokens.of("dept", "D" + s, "dept-reviewer");
        as(dept).body(Map.of("total", 65, "reason", "x"))
                .post("/api/v1/evaluations/" + id + "/review-score")
                .then()
                .statusCode(409);
        as(staff).post("/api/v1/evaluations/" + id + "/submit").then().statusCode(200);
        as(staff)
                .body(Map.of("total", 65, "reason", "自评偏高"))
                .post("/api/v1/evaluations/" + id + "/review-score")
                .then()
                .statusCode(403);
        as(dept).body(Map.of("total", 65))
                .post("/api/v1/evaluations/" + id + "/review-score")
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("reason"));
        as(dept).body(Map.of("total", 65, "reason", "满意度调查样本不足，复核扣 5 分"))
                .post("/api/v1/evaluations/" + id + "/review-score")
                .then()
                .statusCode(200)
                .body("reviewedTotal", equalTo(65))
                .body("totalScore", equalTo(70.0f))
                .body("reviewReason", equalTo("满意度调查样本不足，复核扣 5 分"))
                .body("reviewedBy", equalTo("dept"));
    }

    private static RequestSpecification as(String token) {
        return given().auth().oauth2(token).contentType("application/json");
    }
}
