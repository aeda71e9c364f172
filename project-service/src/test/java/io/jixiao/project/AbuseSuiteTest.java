package io.jixiao.project;

import static io.jixiao.project.World.as;

import io.jixiao.testsupport.AbuseSuites;
import io.jixiao.testsupport.AccessMatrix;
import io.jixiao.testsupport.BadInputCatalogue;
import io.jixiao.testsupport.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The abuse suites over every operation this service documents: bad input of every kind, and who may do what. */
@QuarkusTest
class AbuseSuiteTest {
    @Test
    void everyBadInputGetsA4xxProblem() {
        AbuseSuites.assertClean(
                "project-service", BadInputCatalogue.run(World.admin(), BadInputCatalogue::harmless), 150);
    }

    @Test
    void nobodyReachesAnotherUnitsProjects() {
        World world = World.create();
        World otherRegion = World.create();
        World.ensureOpenYear(2026);
        String project = as(world.staff())
                .contentType(ContentType.JSON)
                .body(Map.of("fiscalYear", 2026, "name", "访问矩阵的项目"))
                .post("/api/v1/projects")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        Map<String, String> own = Map.of(
                "unit-staff",
                world.staff(),
                "dept-reviewer",
                world.deptReviewer(),
                "finance-reviewer",
                world.financeReviewer(),
                "admin",
                World.admin(),
                "auditor",
                World.auditor());
        Map<String, String> strangers = new LinkedHashMap<>();
        strangers.put("staff of another unit", world.otherStaff());
        strangers.put("reviewer of another department", Tokens.of("dept2", world.otherDept, "dept-reviewer"));
        strangers.put("finance bureau of another region", otherRegion.financeReviewer());
        strangers.put("staff of another region", otherRegion.staff());
        AbuseSuites.assertClean(
                "project-service",
                AccessMatrix.run(own, strangers, Map.of("/api/v1/projects", project), BadInputCatalogue::harmless));
    }
}
