package io.jixiao.system;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.jixiao.seeds.Seeds;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The seed documents through the four services as they ship: indicator-service reads them and asks project-service for
 * the projects over the broker; the tables appear once the projects do; a second import doubles nothing; approved
 * history prepares self-evaluations that the published 自评表 then fills in, re-scored to its published 100.
 */
class ImportAcrossServicesTest {
    static Stack stack;
    Actors actors;
    String unit;

    @BeforeAll
    static void start() {
        stack = Stack.get();
    }

    @org.junit.jupiter.api.BeforeEach
    void people() {
        actors = new Actors(stack);
        unit = actors.unit;
    }

    @Test
    void seed001BecomesProjectsAndDraftTablesAndASecondImportDoublesNothing() throws Exception {
        orgs();
        String text = Seeds.read("001_41acb383c9bbda87.txt");
        JsonPath first = importAndWait(staff(), text, "");
        assertEquals("DONE", first.getString("status"), first.prettify());
        assertEquals(2, first.getInt("created"));
        List<String> names = as(staff(), "project")
                .get("/api/v1/projects?fiscalYear=2021&orgCode=" + unit)
                .then()
                .statusCode(200)
                .extract()
                .path("items.name");
        assertEquals(
                List.of("市级劳模帮扶救助专项资金", "总工会劳动竞赛专项资金"), names.stream().sorted().toList());
        String table = first.getString("items[0].targetTableId");
        as(staff(), "indicator")
                .get("/api/v1/target-tables/" + table)
                .then()
                .statusCode(200)
                .body("status", equalTo("DRAFT"))
                .body("projectName", equalTo("总工会劳动竞赛专项资金"))
                .body("frameworkCode", equalTo("ZHENGZHOU-2019"))
                .body("indicators.size()", equalTo(21))
                .body("indicators[10].target", equalTo("≥200000"));

        JsonPath again = importAndWait(staff(), text, "");
        assertEquals(
                first.getList("items.targetTableId"), again.getList("items.targetTableId"), "the same tables answer");
        assertEquals(
                2,
                (int) as(staff(), "project")
                        .get("/api/v1/projects?fiscalYear=2021&orgCode=" + unit)
                        .then()
                        .extract()
                        .path("total"),
                "no project doubled");
    }

    @Test
    void approvedHistoryPreparesSelfEvaluationsThatThePublishedSheetsFillIn() throws Exception {
        orgs();
        String text = Seeds.read("002_ddc626c60baf0fa2.txt");
        JsonPath done = importAndWait(admin(), text, "&approved=true&orgCode=" + unit);
        assertEquals("DONE", done.getString("status"), done.prettify());
        assertEquals(4, done.getInt("created"));
        await("the two prepared 2020 self-evaluations", () -> {
            int total = as(staff(), "evaluation")
                    .get("/api/v1/evaluations?fiscalYear=2020")
                    .then()
                    .extract()
                    .path("total");
            return total >= 2 ? total : null;
        });
        JsonPath answer = given().baseUri(stack.url("evaluation"))
                .auth()
                .oauth2(staff())
                .contentType("text/plain; charset=UTF-8")
                .body(text)
                .post("/api/v1/evaluations/import")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertEquals(List.of(100.0f, 100.0f), answer.getList("evaluations.evaluationTotal"), answer.prettify());
        assertEquals(List.of(true, true), answer.getList("evaluations.matchesPublished"));
        as(staff(), "indicator")
                .get("/api/v1/target-tables/disclosure-list?fiscalYear=2021")
                .then()
                .statusCode(200)
                .body("rows.projectName", equalTo(List.of("劳模帮扶专项资金", "鄂州市困难职工常态化帮扶及送温暖专项资金")));
    }

    private JsonPath importAndWait(String token, String text, String query) {
        String id = given().baseUri(stack.url("indicator"))
                .auth()
                .oauth2(token)
                .contentType("text/plain; charset=UTF-8")
                .body(text)
                .post("/api/v1/target-tables/import?x=1" + query)
                .then()
                .statusCode(202)
                .extract()
                .path("id");
        return await("import " + id, () -> {
            JsonPath b = as(token, "indicator")
                    .get("/api/v1/target-tables/imports/" + id)
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath();
            return "WAITING".equals(b.getString("status")) ? null : b;
        });
    }

    private void orgs() {
        actors.registered(2020, 2021);
    }

    private RequestSpecification as(String token, String service) {
        return actors.as(token, service);
    }

    private static <T> T await(String what, java.util.function.Supplier<T> probe) {
        return Actors.await(what, 60, probe);
    }

    private static String admin() {
        return Actors.admin();
    }

    private String staff() {
        return actors.staff();
    }
}
