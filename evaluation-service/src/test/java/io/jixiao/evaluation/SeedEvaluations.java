package io.jixiao.evaluation;

import static io.restassured.RestAssured.given;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.jixiao.rules.importing.DocumentReader;
import io.jixiao.rules.importing.EvaluationSheets;
import io.jixiao.rules.importing.ImportedEvaluation;
import io.jixiao.rules.importing.ImportedTable;
import io.jixiao.seeds.Seeds;
import io.jixiao.testsupport.EventProbe;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Self-evaluations prepared as the broker prepares them: a target-table.approved.v1 carrying the targets of one of seed
 * 002's 2020 sheets, for a unit of the test's own.
 */
final class SeedEvaluations {
    static final String SEED_002 = "002_ddc626c60baf0fa2.txt";

    private SeedEvaluations() {}

    /** Announces the approved targets of seed 002's sheet {@code sheet} (0 or 1) and waits for its evaluation. */
    static UUID prepare(int sheet, String projectName, String unit, String path, String token) throws Exception {
        ImportedEvaluation read = new DocumentReader(List.of())
                .read(Seeds.read(SEED_002))
                .evaluations()
                .get(sheet);
        ImportedTable targets = EvaluationSheets.targets(read, new ArrayList<>());
        UUID project = UUID.randomUUID();
        UUID table = UUID.randomUUID();
        List<Map<String, Object>> indicators = new ArrayList<>();
        for (ImportedTable.Indicator i : targets.named()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("level1", i.level1());
            m.put("level2", i.level2());
            m.put("name", i.name());
            m.put("target", i.target());
            m.put("weight", Integer.valueOf(i.weight()));
            m.put("applicable", true);
            indicators.add(m);
        }
        Map<String, Object> tableJson = new LinkedHashMap<>(Map.of(
                "id", table,
                "projectId", project,
                "projectName", projectName,
                "orgCode", unit,
                "orgPath", path,
                "fiscalYear", 2020,
                "indicators", indicators,
                "amountUnit", "WAN_YUAN"));
        EventProbe.send(
                "target-tables",
                table.toString(),
                "target-table.approved.v1",
                UUID.randomUUID(),
                new ObjectMapper().writeValueAsString(Map.of("table", tableJson, "version", 1)));
        awaitEvaluation(token, project);
        return project;
    }

    static void awaitEvaluation(String token, UUID project) throws InterruptedException {
        for (int i = 0; i < 150; i++) {
            List<String> ids = given().auth()
                    .oauth2(token)
                    .get("/api/v1/evaluations?projectId=" + project)
                    .then()
                    .extract()
                    .path("items.id");
            if (!ids.isEmpty()) {
                return;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("the evaluation was never prepared");
    }
}
