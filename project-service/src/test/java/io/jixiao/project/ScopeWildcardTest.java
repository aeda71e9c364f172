package io.jixiao.project;

import static io.jixiao.project.World.admin;
import static io.jixiao.project.World.as;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.jixiao.testsupport.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Organisation codes may contain '_', which SQL LIKE reads as "any character": a department coded like its sibling
 * with one character replaced by '_' must still see only its own subtree (security review M10).
 */
@QuarkusTest
class ScopeWildcardTest {
    @Test
    void anUnderscoreInAnOrgCodeMatchesOnlyItself() {
        World world = World.create();
        World.ensureOpenYear(2026);
        String lookalike = world.dept.substring(0, world.dept.length() - 1) + "_";
        as(admin())
                .contentType(ContentType.JSON)
                .body(Map.of("code", lookalike, "name", "形似的部门", "type", "DEPARTMENT", "parentCode", world.bureau))
                .post("/api/v1/orgs")
                .then()
                .statusCode(201);
        String project = as(world.staff())
                .contentType(ContentType.JSON)
                .body(Map.of("fiscalYear", 2026, "name", "通配符测试项目"))
                .post("/api/v1/projects")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        String reviewer = Tokens.of("dept3", lookalike, "dept-reviewer");

        as(reviewer)
                .get("/api/v1/orgs?size=200")
                .then()
                .statusCode(200)
                .body("items.code", everyItem(equalTo(lookalike)));
        as(reviewer).get("/api/v1/projects?size=200").then().statusCode(200).body("items.id", not(hasItem(project)));
        as(reviewer).get("/api/v1/projects/" + project).then().statusCode(404);
        as(world.deptReviewer()).get("/api/v1/projects?size=200").then().body("items.id", hasItem(project));
    }
}
