package io.jixiao.review;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.jixiao.testsupport.EventProbe;
import io.jixiao.testsupport.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** An admin changes a subtree's chain; later submissions follow it, a bad chain is refused. */
@QuarkusTest
class ChainChangeTest {

    @Test
    void aFinanceOnlyChainForOneDepartmentGivesItsTablesOneStage() throws Exception {
        ReviewFlowTest flow = new ReviewFlowTest();
        flow.tree();
        String admin = Tokens.of("admin", null, "admin");
        ReviewFlowTest.as(admin)
                .body(Map.of("subjectType", "TARGET_TABLE", "orgCode", flow.dept, "stages", List.of("FINANCE_BUREAU")))
                .put("/api/v1/review-chains")
                .then()
                .statusCode(200)
                .body("stages", equalTo(List.of("FINANCE_BUREAU")));
        given().auth().oauth2(admin).get("/api/v1/review-chains").then().body("orgCode", hasItem(flow.dept));

        UUID table = UUID.randomUUID();
        EventProbe.send(
                "target-tables",
                table.toString(),
                "target-table.submitted.v1",
                UUID.randomUUID(),
                flow.submitted(table, 1, null));
        String task = flow.awaitTask(table, 0);
        ReviewFlowTest.as(flow.financeReviewer())
                .get("/api/v1/review-tasks/" + task)
                .then()
                .body("task.stageType", equalTo("FINANCE_BUREAU"))
                .body("task.stageCount", equalTo(1));

        ReviewFlowTest.as(Tokens.of("dept", flow.dept, "dept-reviewer"))
                .body(Map.of("subjectType", "TARGET_TABLE", "stages", List.of("DEPARTMENT")))
                .put("/api/v1/review-chains")
                .then()
                .statusCode(403);
        ReviewFlowTest.as(admin)
                .body(Map.of("subjectType", "TARGET_TABLE", "stages", List.of("DEPARTMENT", "DEPARTMENT")))
                .put("/api/v1/review-chains")
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("stages"));
        ReviewFlowTest.as(admin)
                .body(Map.of(
                        "subjectType", "TARGET_TABLE", "orgCode", "NOPE-" + flow.s, "stages", List.of("DEPARTMENT")))
                .put("/api/v1/review-chains")
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("orgCode"));
        ReviewFlowTest.as(admin)
                .body(Map.of("subjectType", "SOMETHING", "stages", List.of("DEPARTMENT")))
                .put("/api/v1/review-chains")
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("subjectType"));
    }
}
