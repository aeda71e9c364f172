package io.jixiao.review;

import io.jixiao.testsupport.AbuseSuites;
import io.jixiao.testsupport.AccessMatrix;
import io.jixiao.testsupport.BadInputCatalogue;
import io.jixiao.testsupport.EventProbe;
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
                "review-service",
                BadInputCatalogue.run(Tokens.of("admin", null, "admin"), BadInputCatalogue::harmless),
                100);
    }

    @Test
    void nobodyReachesAnotherUnitsReviewTasks() throws Exception {
        ReviewFlowTest flow = new ReviewFlowTest();
        flow.tree();
        UUID table = UUID.randomUUID();
        EventProbe.send(
                "target-tables",
                table.toString(),
                "target-table.submitted.v1",
                UUID.randomUUID(),
                flow.submitted(table, 1, null));
        String task = flow.awaitTask(table, 0);
        Map<String, String> own = Map.of(
                "unit-staff",
                Tokens.of("staff", flow.unit, "unit-staff"),
                "dept-reviewer",
                Tokens.of("dept", flow.dept, "dept-reviewer"),
                "finance-reviewer",
                Tokens.of("finance", flow.bureau, "finance-reviewer"),
                "admin",
                Tokens.of("admin", null, "admin"),
                "auditor",
                Tokens.of("auditor", null, "auditor"));
        Map<String, String> strangers = new LinkedHashMap<>();
        strangers.put("staff of another unit", Tokens.of("staff2", "V" + flow.s, "unit-staff"));
        strangers.put("reviewer of another department", Tokens.of("dept2", flow.otherDept, "dept-reviewer"));
        strangers.put(
                "finance bureau of another region",
                Tokens.of("finance2", "G" + UUID.randomUUID().toString().substring(0, 6), "finance-reviewer"));
        AbuseSuites.assertClean(
                "review-service",
                AccessMatrix.run(own, strangers, Map.of("/api/v1/review-tasks", task), BadInputCatalogue::harmless));
    }
}
