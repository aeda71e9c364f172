package io.jixiao.project;

import static io.jixiao.project.World.as;
import static org.hamcrest.Matchers.equalTo;

import io.jixiao.testsupport.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A finance bureau's system pushes budget execution (client-credentials token): the unit's own figures stand until
 * then, the bureau's win afterwards, and each change says who sent it and when.
 */
@QuarkusTest
class BudgetPushTest {
    @Test
    void theBureausFiguresWinOverTheUnitsAndSayWhoSentThem() {
        World world = World.create();
        World other = World.create();
        World.ensureOpenYear(2026);
        String project = as(world.staff())
                .contentType(ContentType.JSON)
                .body(Map.of("fiscalYear", 2026, "name", "预算推送测试"))
                .post("/api/v1/projects")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        String path = "/api/v1/projects/" + project + "/budget-execution";
        Map<String, Object> unitFigures =
                Map.of("adjusted", Map.of("total", 250000), "executed", Map.of("total", 200000));
        Map<String, Object> bureauFigures = Map.of(
                "adjusted", Map.of("total", 250000), "executed", Map.of("total", 215457.60, "fiscal", 215457.60));
        String client = Tokens.of("finance-bureau-client", world.bureau, "finance-reviewer");

        as(world.staff())
                .contentType(ContentType.JSON)
                .body(unitFigures)
                .put(path)
                .then()
                .statusCode(200)
                .body("budgetSource", equalTo("UNIT"))
                .body("budgetUpdatedBy", equalTo("staff"));
        as(Tokens.of("finance-bureau-client", other.bureau, "finance-reviewer"))
                .contentType(ContentType.JSON)
                .body(bureauFigures)
                .put(path)
                .then()
                .statusCode(404);
        as(world.deptReviewer())
                .contentType(ContentType.JSON)
                .body(bureauFigures)
                .put(path)
                .then()
                .statusCode(403);
        as(client)
                .contentType(ContentType.JSON)
                .body(bureauFigures)
                .put(path)
                .then()
                .statusCode(200)
                .body("budgetSource", equalTo("FINANCE_BUREAU"))
                .body("budgetUpdatedBy", equalTo("finance-bureau-client"))
                .body("budgetExecution.executed.total", equalTo(215457.60f));
        as(world.staff())
                .contentType(ContentType.JSON)
                .body(unitFigures)
                .put(path)
                .then()
                .statusCode(409)
                .contentType("application/problem+json");
        as(world.staff())
                .get("/api/v1/projects/" + project)
                .then()
                .body("budgetExecution.executed.total", equalTo(215457.60f));
    }
}
