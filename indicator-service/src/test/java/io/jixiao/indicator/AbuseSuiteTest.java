package io.jixiao.indicator;

import static io.jixiao.indicator.Fixtures.as;

import io.jixiao.testsupport.AbuseSuites;
import io.jixiao.testsupport.AccessMatrix;
import io.jixiao.testsupport.BadInputCatalogue;
import io.jixiao.testsupport.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The abuse suites over every operation this service documents: bad input of every kind, and who may do what. */
@QuarkusTest
class AbuseSuiteTest {
    @Test
    void everyBadInputGetsA4xxProblem() {
        AbuseSuites.assertClean(
                "indicator-service",
                BadInputCatalogue.run(Tokens.of("admin", null, "admin"), BadInputCatalogue::harmless),
                150);
    }

    @Test
    void nobodyReachesAnotherUnitsTables() throws Exception {
        Fixtures f = new Fixtures();
        UUID project = f.project(f.unit, 2021, "访问矩阵的项目");
        String table = as(f.staff())
                .body(Fixtures.laborCompetition(project))
                .post("/api/v1/target-tables")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        Map<String, String> own = Map.of(
                "unit-staff",
                f.staff(),
                "dept-reviewer",
                f.deptReviewer(),
                "finance-reviewer",
                Tokens.of("finance", f.bureau, "finance-reviewer"),
                "admin",
                Tokens.of("admin", null, "admin"),
                "auditor",
                Tokens.of("auditor", null, "auditor"));
        Map<String, String> strangers = new LinkedHashMap<>();
        strangers.put("staff of another unit", f.otherStaff());
        strangers.put("reviewer of another department", Tokens.of("dept2", "E" + f.suffix, "dept-reviewer"));
        strangers.put("finance bureau of another region", Tokens.of("finance2", "G" + f.suffix, "finance-reviewer"));
        AbuseSuites.assertClean(
                "indicator-service",
                AccessMatrix.run(own, strangers, Map.of("/api/v1/target-tables", table), BadInputCatalogue::harmless));
    }
}
