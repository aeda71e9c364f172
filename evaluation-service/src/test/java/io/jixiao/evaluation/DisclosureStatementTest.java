package io.jixiao.evaluation;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.jixiao.seeds.Seeds;
import io.jixiao.testsupport.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Seed 002's 公开说明 reproduced from data. Its two sheets budget 820,000 and 830,000 元, but the statement counts
 * city-level fiscal funds only: 150,000 + 530,000 = 680,000 元, 22.06 % and 77.94 %; the provincial transfers (670,000
 * and 300,000 元) are reported beside them with the people they helped.
 */
@QuarkusTest
class DisclosureStatementTest {
    static final String HARDSHIP = "鄂州市困难职工常态化帮扶及送温暖专项资金";
    static final String MODEL_WORKERS = "劳模帮扶专项资金";

    final String s = UUID.randomUUID().toString().substring(0, 6);
    final String unit = "U" + s;
    final String path = "/F" + s + "/D" + s + "/" + unit + "/";
    final String staff = Tokens.of("staff", unit, "unit-staff");

    @Test
    void theStatementCountsTheCitysOwnFundsAndReportsTheProvincesBesideThem() throws Exception {
        UUID hardship = SeedEvaluations.prepare(0, HARDSHIP, unit, path, staff);
        UUID modelWorkers = SeedEvaluations.prepare(1, MODEL_WORKERS, unit, path, staff);
        given().auth()
                .oauth2(staff)
                .contentType("text/plain; charset=UTF-8")
                .body(Seeds.read(SeedEvaluations.SEED_002))
                .post("/api/v1/evaluations/import")
                .then()
                .statusCode(200)
                .body("evaluations.evaluationTotal", equalTo(List.of(100.0f, 100.0f)));
        summary(null)
                .body("totalFunds", equalTo(1650000.00f))
                .body("unsplitProjects", equalTo(2))
                .body(share(HARDSHIP), equalTo(49.70f))
                .body(share(MODEL_WORKERS), equalTo(50.30f));

        enter(
                hardship,
                "150000",
                "670000",
                List.of(
                        Map.of(
                                "fundLevel",
                                "UPPER_LEVEL",
                                "purpose",
                                "困难职工帮扶",
                                "people",
                                433,
                                "amount",
                                670000,
                                "perPerson",
                                1550),
                        Map.of("fundLevel", "OWN_LEVEL", "purpose", "困难职工帮扶", "people", 75, "amount", 150000)));
        enter(
                modelWorkers,
                "530000",
                "300000",
                List.of(
                        Map.of("fundLevel", "UPPER_LEVEL", "purpose", "困难劳模帮扶", "people", 40, "amount", 300000),
                        Map.of("fundLevel", "OWN_LEVEL", "purpose", "困难劳模帮扶", "people", 65, "amount", 288660),
                        Map.of("fundLevel", "OWN_LEVEL", "purpose", "劳模荣誉津贴", "people", 225, "amount", 243580)));

        summary("OWN_LEVEL")
                .body("projects", equalTo(2))
                .body("unsplitProjects", equalTo(0))
                .body("totalFunds", equalTo(680000.00f))
                .body(row(HARDSHIP) + ".funds", equalTo(150000.00f))
                .body(share(HARDSHIP), equalTo(22.06f))
                .body(row(MODEL_WORKERS) + ".funds", equalTo(530000.00f))
                .body(share(MODEL_WORKERS), equalTo(77.94f))
                .body("statement[0]", equalTo("共涉及项目2个，本级财政资金680000元。"))
                .body("statement", hasItem("其中" + HARDSHIP + "本级财政预算150000元，占一般公共预算项目支出总额的22.06％。"))
                .body("statement", hasItem("上级补助困难职工帮扶670000元，共帮扶433人，人均1550元。"))
                .body("statement", hasItem("本级财政困难职工帮扶150000元，共帮扶75人，人均2000元。"))
                .body(row(HARDSHIP) + ".budgetAdvice.action", equalTo("PRIORITY"))
                .body(row(HARDSHIP) + ".budgetAdvice.label", equalTo("优先保障"))
                .body(row(HARDSHIP) + ".budgetAdvice.suggestedBudget", equalTo(820000.00f));
        summary("UPPER_LEVEL")
                .body("totalFunds", equalTo(970000.00f))
                .body(row(MODEL_WORKERS) + ".beneficiaries[0].people", equalTo(40))
                .body(row(MODEL_WORKERS) + ".beneficiaries[0].perPerson", equalTo(7500.00f));
        given().auth()
                .oauth2(staff)
                .get("/api/v1/evaluations/" + idOf(hardship))
                .then()
                .body("budget.ownLevel", equalTo(150000.0f))
                .body("beneficiaries[0].perPerson", equalTo(1550));
        // another unit's summary holds none of it
        given().auth()
                .oauth2(Tokens.of("staff", "U" + s + "x", "unit-staff"))
                .get("/api/v1/evaluations/summary?fiscalYear=2020&fundLevel=OWN_LEVEL")
                .then()
                .statusCode(200)
                .body("rows.projectId", org.hamcrest.Matchers.not(hasItem(hardship.toString())));
    }

    @Test
    void levelsAboveTheBudgetAndHalfWrittenBeneficiariesAreRefusedWithTheirField() throws Exception {
        UUID project = SeedEvaluations.prepare(0, HARDSHIP, unit, path, staff);
        String id = idOf(project);
        given().auth()
                .oauth2(staff)
                .contentType(ContentType.JSON)
                .body(Map.of("budget", Map.of("adjusted", 820000, "ownLevel", 150000, "upperLevel", 680000)))
                .put("/api/v1/evaluations/" + id)
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("budget.ownLevel"))
                .body("violations[0].message", containsString("830000"));
        given().auth()
                .oauth2(staff)
                .contentType(ContentType.JSON)
                .body(Map.of("beneficiaries", List.of(Map.of("people", -3, "amount", 1))))
                .put("/api/v1/evaluations/" + id)
                .then()
                .statusCode(400)
                .body("violations.field", hasItem(containsString("fundLevel")))
                .body("violations.field", hasItem(containsString("people")));
        given().auth()
                .oauth2(staff)
                .get("/api/v1/evaluations/" + id)
                .then()
                .body("budget.ownLevel", equalTo(null))
                .body("beneficiaries.size()", equalTo(0));
    }

    private void enter(UUID project, String ownLevel, String upperLevel, List<Map<String, Object>> beneficiaries) {
        given().auth()
                .oauth2(staff)
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "budget",
                        Map.of("ownLevel", ownLevel, "upperLevel", upperLevel),
                        "beneficiaries",
                        beneficiaries))
                .put("/api/v1/evaluations/" + idOf(project))
                .then()
                .statusCode(200);
    }

    private io.restassured.response.ValidatableResponse summary(String level) {
        return given().auth()
                .oauth2(staff)
                .get("/api/v1/evaluations/summary?fiscalYear=2020" + (level == null ? "" : "&fundLevel=" + level))
                .then()
                .statusCode(200);
    }

    private static String row(String project) {
        return "rows.find { it.projectName == '" + project + "' }";
    }

    private static String share(String project) {
        return row(project) + ".sharePercent";
    }

    private String idOf(UUID project) {
        return given().auth()
                .oauth2(staff)
                .get("/api/v1/evaluations?projectId=" + project)
                .then()
                .extract()
                .path("items[0].id");
    }
}
