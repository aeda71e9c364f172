package io.jixiao.indicator;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.jixiao.seeds.Seeds;
import io.jixiao.testsupport.EventProbe;
import io.jixiao.testsupport.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/**
 * Saving an import: the tables wait for project-service's answers on the imports topic (sent here as project-service
 * would), then exist as DRAFT tables of those projects, or say why not; an answer delivered twice acts once.
 */
@QuarkusTest
class ImportSavingTest {
    private final ObjectMapper json = new ObjectMapper();

    @Test
    void seed003BecomesTwelveDraftTablesOfSixProjects() throws Exception {
        Fixtures f = new Fixtures();
        JsonPath batch = given().auth()
                .oauth2(f.staff())
                .contentType("text/plain; charset=UTF-8")
                .body(Seeds.read("003_7e8bd65db7a2ce18.txt"))
                .post("/api/v1/target-tables/import")
                .then()
                .statusCode(202)
                .header("Location", org.hamcrest.Matchers.containsString("/api/v1/target-tables/imports/"))
                .body("status", equalTo("WAITING"))
                .body("tables", equalTo(12))
                .extract()
                .jsonPath();
        String batchId = batch.getString("id");

        List<ConsumerRecord<String, String>> requests = EventProbe.read(
                "imports",
                EventProbe.ofType("import.project-requested.v1").and(EventProbe.keyed(batchId)),
                6,
                Duration.ofSeconds(30),
                Duration.ofSeconds(1));
        assertEquals(6, requests.size(), "one request per project, not per table");
        // a malformed answer is skipped (and logged), not a poison pill that stops every later import
        EventProbe.send(
                "imports", batchId, "import.project-resolved.v1", UUID.randomUUID(), "{\"batchId\":\"not-a-uuid\"}");
        JsonNode first = json.readTree(requests.get(0).value());
        assertEquals(f.unit, first.path("orgCode").asText());
        assertEquals("职工医疗互助经费", first.path("project").path("name").asText());
        assertEquals(
                0,
                new java.math.BigDecimal("1500000.00")
                        .compareTo(first.path("project").path("yearAmount").decimalValue()));

        for (int i = 0; i < requests.size(); i++) {
            JsonNode r = json.readTree(requests.get(i).value());
            String key = r.path("key").asText();
            if (i == 5) {
                EventProbe.send(
                        "imports",
                        batchId,
                        "import.project-rejected.v1",
                        UUID.randomUUID(),
                        json.writeValueAsString(java.util.Map.of(
                                "batchId", batchId, "key", key, "problems", List.of("fiscalYear 2023 is CLOSED"))));
                continue;
            }
            UUID projectId = UUID.randomUUID();
            String resolved = """
                    {"batchId":"%s","key":"%s","created":true,"project":{"id":"%s","version":0,"fiscalYear":2023,
                     "orgCode":"%s","orgPath":"%s","name":"%s","amountUnit":"WAN_YUAN","yearAmount":1500000.00}}""".formatted(
                            batchId,
                            key,
                            projectId,
                            f.unit,
                            f.path(f.unit),
                            r.path("project").path("name").asText());
            UUID eventId = UUID.randomUUID();
            // project-service also announces the new project on its own topic: both consumers apply it at once
            EventProbe.send(
                    "projects",
                    projectId.toString(),
                    "project.registered.v1",
                    UUID.randomUUID(),
                    json.readTree(resolved).path("project").toString());
            EventProbe.send("imports", batchId, "import.project-resolved.v1", eventId, resolved);
            if (i == 0) {
                EventProbe.send("imports", batchId, "import.project-resolved.v1", eventId, resolved); // redelivered
            }
        }

        JsonPath done = awaitDone(f.staff(), batchId);
        assertEquals("DONE_WITH_PROBLEMS", done.getString("status"));
        assertEquals(10, done.getInt("created"));
        assertEquals(2, done.getInt("rejected"));
        assertEquals("project: fiscalYear 2023 is CLOSED", done.getString("items[11].problems[0]"));

        String mid = done.getString("items[0].targetTableId");
        String annual = done.getString("items[1].targetTableId");
        Fixtures.as(f.staff())
                .get("/api/v1/target-tables/" + mid)
                .then()
                .statusCode(200)
                .body("status", equalTo("DRAFT"))
                .body("period", equalTo("MID_TERM"))
                .body("periodStartYear", equalTo(2023))
                .body("periodEndYear", equalTo(2024))
                .body("indicators.size()", equalTo(9))
                .body("indicators[3].target", equalTo("个人和单位各 50 元/人, 财政补助 100 元/人"))
                .body("indicators[3].standard", equalTo("200 元/人"));
        Fixtures.as(f.staff())
                .get("/api/v1/target-tables/" + annual)
                .then()
                .statusCode(200)
                .body("period", equalTo("ANNUAL"))
                .body("frameworkCode", equalTo("MOF-2020"));
        Fixtures.as(f.otherStaff())
                .get("/api/v1/target-tables/imports/" + batchId)
                .then()
                .statusCode(404);

        // the exported workbook reads back as the same indicators
        byte[] xlsx = given().auth()
                .oauth2(f.staff())
                .get("/api/v1/target-tables/" + annual + "/export?format=xlsx")
                .then()
                .statusCode(200)
                .contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                .extract()
                .asByteArray();
        JsonPath back = given().auth()
                .oauth2(f.staff())
                .contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                .body(xlsx)
                .post("/api/v1/target-tables/import?dryRun=true")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        JsonPath stored = Fixtures.as(f.staff())
                .get("/api/v1/target-tables/" + annual)
                .then()
                .extract()
                .jsonPath();
        assertEquals(stored.getList("indicators.name"), back.getList("tables[0].indicators.name"));
        assertEquals(stored.getList("indicators.target"), back.getList("tables[0].indicators.target"));
        assertEquals("ANNUAL", back.getString("tables[0].period"));
    }

    @Test
    void approvedHistoryFromSeed002ShowsOnTheYearsDisclosureList() throws Exception {
        Fixtures f = new Fixtures();
        String admin = Tokens.of("admin", null, "admin");
        String batchId = given().auth()
                .oauth2(admin)
                .contentType("text/plain; charset=UTF-8")
                .body(Seeds.read("002_ddc626c60baf0fa2.txt"))
                .post("/api/v1/target-tables/import?approved=true&orgCode=" + f.unit)
                .then()
                .statusCode(202)
                .body("tables", equalTo(4))
                .extract()
                .path("id");
        List<ConsumerRecord<String, String>> requests = EventProbe.read(
                "imports",
                EventProbe.ofType("import.project-requested.v1").and(EventProbe.keyed(batchId)),
                4,
                Duration.ofSeconds(30),
                Duration.ofSeconds(1));
        assertEquals(4, requests.size(), "two 2021 tables and the targets of the two 2020 sheets");
        String[] leaders = {"吴瑞铭", "马祥来", "马祥来", "吴瑞铭"};
        for (int i = 0; i < requests.size(); i++) {
            JsonNode r = json.readTree(requests.get(i).value());
            JsonNode p = r.path("project");
            String resolved = """
                    {"batchId":"%s","key":"%s","created":true,"project":{"id":"%s","version":0,"fiscalYear":%d,
                     "orgCode":"%s","orgPath":"%s","name":"%s","amountUnit":"WAN_YUAN","yearAmount":%s,
                     "unitName":"鄂州市总工会","departmentName":"鄂州市总工会","leader":"%s","phone":"13908685287"}}""".formatted(
                            batchId,
                            r.path("key").asText(),
                            UUID.randomUUID(),
                            p.path("fiscalYear").asInt(),
                            f.unit,
                            f.path(f.unit),
                            p.path("name").asText(),
                            p.path("yearAmount").decimalValue().toPlainString(),
                            leaders[i]);
            EventProbe.send("imports", batchId, "import.project-resolved.v1", UUID.randomUUID(), resolved);
        }
        JsonPath done = awaitDone(admin, batchId);
        assertEquals("DONE", done.getString("status"));
        String table2020 = done.getString("items[2].targetTableId");
        Fixtures.as(admin)
                .get("/api/v1/target-tables/" + table2020)
                .then()
                .statusCode(200)
                .body("status", equalTo("APPROVED"))
                .body("fiscalYear", equalTo(2020))
                .body("indicators[0].weight", equalTo(10.0f))
                .body("indicators.size()", equalTo(14));
        assertEquals(
                1,
                EventProbe.read(
                                "target-tables",
                                EventProbe.ofType("target-table.approved.v1").and(EventProbe.keyed(table2020)),
                                1,
                                Duration.ofSeconds(20),
                                Duration.ofSeconds(1))
                        .size());

        JsonPath list = Fixtures.as(f.deptReviewer())
                .get("/api/v1/target-tables/disclosure-list?fiscalYear=2021")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertEquals("万元", list.getString("amountUnit"));
        assertEquals("鄂州市总工会", list.getString("department"));
        assertEquals(List.of("劳模帮扶专项资金", "鄂州市困难职工常态化帮扶及送温暖专项资金"), list.getList("rows.projectName"));
        assertEquals(List.of("83", "103"), list.getList("rows.amount"));
        byte[] xlsx = given().auth()
                .oauth2(f.deptReviewer())
                .get("/api/v1/target-tables/disclosure-list?fiscalYear=2021&format=xlsx")
                .then()
                .statusCode(200)
                .extract()
                .asByteArray();
        var back = io.jixiao.rules.excel.DisclosureWorkbook.read(new java.io.ByteArrayInputStream(xlsx));
        assertEquals(
                list.getList("rows.projectName"),
                back.rows().stream().map(r -> r.projectName()).toList());
        assertEquals("1", back.rows().get(0).number());
        Fixtures.as(f.otherStaff())
                .get("/api/v1/target-tables/disclosure-list?fiscalYear=2021")
                .then()
                .statusCode(200)
                .body("rows.size()", equalTo(0));
        Fixtures.as(f.staff())
                .get("/api/v1/target-tables/disclosure-list")
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("fiscalYear"));
    }

    @Test
    void whoMaySaveWhatAndForWhom() {
        Fixtures f = new Fixtures();
        String text = "郑州市总工会支出项目绩效目标表\n(2021年)\n项目名称\t劳动竞赛\n一级指标\t二级指标\t三级指标\t目标值\n产出目标\t数量\t参赛人次\t≥2000人次\n";
        given().auth()
                .oauth2(f.staff())
                .contentType("text/plain; charset=UTF-8")
                .body(text)
                .post("/api/v1/target-tables/import?approved=true")
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(f.staff())
                .contentType("text/plain; charset=UTF-8")
                .body(text)
                .post("/api/v1/target-tables/import?orgCode=" + f.otherUnit)
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(Tokens.of("admin", null, "admin"))
                .contentType("text/plain; charset=UTF-8")
                .body(text)
                .post("/api/v1/target-tables/import")
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("orgCode"));
        given().auth()
                .oauth2(f.deptReviewer())
                .contentType("text/plain; charset=UTF-8")
                .body(text)
                .post("/api/v1/target-tables/import")
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(f.staff())
                .contentType("text/plain; charset=UTF-8")
                .body(text)
                .post("/api/v1/target-tables/import?framework=NOPE&dryRun=true")
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("framework"));
        given().auth()
                .oauth2(f.staff())
                .contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                .body("not a workbook".getBytes())
                .post("/api/v1/target-tables/import?dryRun=true")
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("body"));
    }

    @Test
    void aTableWithoutAProjectNameIsRejectedAtOnce() {
        Fixtures f = new Fixtures();
        String text = "郑州市总工会支出项目绩效目标表\n(2021年)\n一级指标\t二级指标\t三级指标\t目标值\n产出目标\t数量\t参赛人次\t≥2000人次\n";
        given().auth()
                .oauth2(f.staff())
                .contentType("text/plain; charset=UTF-8")
                .body(text)
                .post("/api/v1/target-tables/import")
                .then()
                .statusCode(202)
                .body("status", equalTo("DONE_WITH_PROBLEMS"))
                .body("items[0].status", equalTo("REJECTED"))
                .body("items[0].problems[0]", org.hamcrest.Matchers.startsWith("项目名称"));
    }

    private static JsonPath awaitDone(String token, String batchId) throws InterruptedException {
        for (int i = 0; i < 150; i++) {
            JsonPath b = given().auth()
                    .oauth2(token)
                    .get("/api/v1/target-tables/imports/" + batchId)
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath();
            if (!"WAITING".equals(b.getString("status"))) {
                return b;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("import " + batchId + " never finished");
    }
}
