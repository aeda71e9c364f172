package io.jixiao.evaluation;

import static io.restassured.RestAssured.given;

import io.jixiao.testsupport.AbuseSuites;
import io.jixiao.testsupport.AccessMatrix;
import io.jixiao.testsupport.BadInputCatalogue;
import io.jixiao.testsupport.EventProbe;
import io.jixiao.testsupport.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The abuse suites over every operation this service documents: bad input of every kind, and who may do what. */
@QuarkusTest
class AbuseSuiteTest {
    final String s = UUID.randomUUID().toString().substring(0, 6);

    @Test
    void everyBadInputGetsA4xxProblem() {
        AbuseSuites.assertClean(
                "evaluation-service",
                BadInputCatalogue.run(Tokens.of("admin", null, "admin"), BadInputCatalogue::harmless),
                150);
    }

    @Test
    void nobodyReachesAnotherUnitsEvaluations() throws Exception {
        UUID project = UUID.randomUUID();
        EventProbe.send(
                "target-tables",
                UUID.randomUUID().toString(),
                "target-table.approved.v1",
                UUID.randomUUID(),
                """
                {"table":{"id":"%s","projectId":"%s","projectName":"访问矩阵的项目","orgCode":"U%s","orgPath":"/F%s/D%s/U%s/",
                  "fiscalYear":2021,"indicators":[{"level1":"产出指标","level2":"数量指标","name":"帮扶人数","target":"≥100人"}]},
                 "version":1}""".formatted(UUID.randomUUID(), project, s, s, s, s));
        String auditor = Tokens.of("auditor", null, "auditor");
        String evaluation = null;
        for (int i = 0; i < 150 && evaluation == null; i++) {
            List<String> ids = given().auth()
                    .oauth2(auditor)
                    .get("/api/v1/evaluations?projectId=" + project)
                    .then()
                    .extract()
                    .path("items.id");
            evaluation = ids.isEmpty() ? null : ids.get(0);
            Thread.sleep(200);
        }
        Map<String, String> own = Map.of(
                "unit-staff",
                Tokens.of("staff", "U" + s, "unit-staff"),
                "dept-reviewer",
                Tokens.of("dept", "D" + s, "dept-reviewer"),
                "finance-reviewer",
                Tokens.of("finance", "F" + s, "finance-reviewer"),
                "admin",
                Tokens.of("admin", null, "admin"),
                "auditor",
                auditor);
        Map<String, String> strangers = new LinkedHashMap<>();
        strangers.put("staff of another unit", Tokens.of("staff2", "V" + s, "unit-staff"));
        strangers.put("reviewer of another department", Tokens.of("dept2", "E" + s, "dept-reviewer"));
        strangers.put("finance bureau of another region", Tokens.of("finance2", "G" + s, "finance-reviewer"));
        AbuseSuites.assertClean(
                "evaluation-service",
                AccessMatrix.run(
                        own, strangers, Map.of("/api/v1/evaluations", evaluation), BadInputCatalogue::harmless));
    }
}
