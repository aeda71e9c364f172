package io.jixiao.indicator;

import static io.jixiao.indicator.Fixtures.as;
import static io.jixiao.indicator.Fixtures.indicator;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jixiao.testsupport.EventProbe;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** DRAFT → SUBMITTED → RETURNED → edited → SUBMITTED (v2, diff) → APPROVED (locked) → ADJUSTING, over the real broker. */
@QuarkusTest
class TargetTableLifecycleTest {

    @Test
    @SuppressWarnings("unchecked")
    void aTableGoesThroughReviewAndIsLockedOnceApproved() throws Exception {
        Fixtures f = new Fixtures();
        UUID project = f.project(f.unit, 2021, "总工会劳动竞赛专项资金");
        Map<String, Object> body = Fixtures.laborCompetition(project);

        String id = as(f.staff())
                .body(body)
                .post("/api/v1/target-tables")
                .then()
                .statusCode(201)
                .body("status", equalTo("DRAFT"))
                .body("period", equalTo("ANNUAL"))
                .body("periodStartYear", equalTo(2021))
                .body("projectName", equalTo("总工会劳动竞赛专项资金"))
                .body("indicators[2].parsed.comparator", equalTo("GE"))
                .body("indicators[2].parsed.value", equalTo(200000))
                .body("indicators[7].parsed.unit", equalTo("%"))
                .extract()
                .path("id");

        as(f.staff())
                .post("/api/v1/target-tables/" + id + "/submit")
                .then()
                .statusCode(200)
                .body("status", equalTo("SUBMITTED"))
                .body("version", equalTo(1));
        as(f.staff()).body(body).put("/api/v1/target-tables/" + id).then().statusCode(409);

        var submitted = EventProbe.read(
                "target-tables",
                EventProbe.keyed(id).and(EventProbe.ofType("target-table.submitted.v1")),
                1,
                Duration.ofSeconds(20),
                Duration.ofSeconds(1));
        JsonPath first = JsonPath.from(submitted.get(0).value());
        assertEquals(9, first.getList("table.indicators").size(), "the event carries the whole table");
        assertEquals("TARGET_TABLE", first.getString("subjectType"));

        review(id, 1, "RETURNED", "中", "请补充质量指标的测算依据");
        awaitStatus(f, id, "RETURNED");
        as(f.staff()).get("/api/v1/target-tables/" + id).then().body("lastOpinion", equalTo("请补充质量指标的测算依据"));

        List<Map<String, Object>> edited = new ArrayList<>((List<Map<String, Object>>) body.get("indicators"));
        edited.set(4, indicator("产出目标", "质量", "活动计划完成率", "≥98%"));
        edited.remove(3);
        edited.add(indicator("产出目标", "数量", "安康杯安全生产竞赛参加单位数", "≥4000"));
        body.put("indicators", edited);
        as(f.staff()).body(body).put("/api/v1/target-tables/" + id).then().statusCode(200);
        as(f.staff())
                .post("/api/v1/target-tables/" + id + "/submit")
                .then()
                .statusCode(200)
                .body("version", equalTo(2));

        as(f.deptReviewer())
                .get("/api/v1/target-tables/" + id + "/versions")
                .then()
                .statusCode(200)
                .body("version", contains(1, 2))
                .body("[0].outcome", equalTo("RETURNED"))
                .body("[0].opinion", equalTo("请补充质量指标的测算依据"))
                .body("[1].outcome", nullValue());
        as(f.deptReviewer())
                .get("/api/v1/target-tables/" + id + "/changes?from=1&to=2")
                .then()
                .statusCode(200)
                .body("added", contains("产出目标 / 数量 / 安康杯安全生产竞赛参加单位数"))
                .body("removed", contains("产出目标 / 数量 / 创建工人先锋号个数"))
                .body("changed.find { it.field == 'target' }.before", equalTo("≥95%"))
                .body("changed.find { it.field == 'target' }.after", equalTo("≥98%"));
        var second = EventProbe.read(
                "target-tables",
                EventProbe.keyed(id).and(EventProbe.ofType("target-table.submitted.v1")),
                2,
                Duration.ofSeconds(20),
                Duration.ofSeconds(1));
        JsonPath v2 = JsonPath.from(second.get(1).value());
        assertEquals(1, v2.getInt("previousVersion"));
        assertEquals(List.of("产出目标 / 数量 / 安康杯安全生产竞赛参加单位数"), v2.getList("changes.added"));

        review(id, 1, "APPROVED", "优", "stale: about version 1"); // a late outcome of an old round changes nothing
        review(id, 2, "APPROVED", "良", "同意");
        awaitStatus(f, id, "APPROVED");
        as(f.staff())
                .get("/api/v1/target-tables/" + id)
                .then()
                .body("approvedVersion", equalTo(2))
                .body("lastGrade", equalTo("良"));
        as(f.staff())
                .body(body)
                .put("/api/v1/target-tables/" + id)
                .then()
                .statusCode(409)
                .contentType("application/problem+json");
        as(f.staff()).post("/api/v1/target-tables/" + id + "/submit").then().statusCode(409);
        var approved = EventProbe.read(
                "target-tables",
                EventProbe.keyed(id).and(EventProbe.ofType("target-table.approved.v1")),
                1,
                Duration.ofSeconds(20),
                Duration.ofSeconds(2));
        assertEquals(1, approved.size());
        assertEquals("≥98%", JsonPath.from(approved.get(0).value()).getString("table.indicators[3].target"));

        io.restassured.RestAssured.given()
                .get("/api/v1/public/target-tables/" + id)
                .then()
                .statusCode(404);
        as(f.deptReviewer())
                .post("/api/v1/target-tables/" + id + "/publish")
                .then()
                .statusCode(403);
        as(f.staff())
                .post("/api/v1/target-tables/" + id + "/publish")
                .then()
                .statusCode(200)
                .body("status", equalTo("PUBLISHED"));
        io.restassured.RestAssured.given()
                .get("/api/v1/public/target-tables/" + id)
                .then()
                .statusCode(200)
                .body("indicators.name", hasItem("安康杯安全生产竞赛参加单位数"))
                // public means the approved targets, nothing internal (the return's opinion was in the snapshot)
                .body("$", not(hasKey("status")))
                .body("$", not(hasKey("lastOpinion")))
                .body("$", not(hasKey("lastGrade")))
                .body("$", not(hasKey("updatedBy")))
                .body("$", not(hasKey("orgPath")))
                .body("$", not(hasKey("revision")))
                .body(not(containsString("请补充质量指标的测算依据")));
        io.restassured.RestAssured.given()
                .get("/api/v1/public/target-tables?fiscalYear=2021&size=200")
                .then()
                .statusCode(200)
                .body("items.id", hasItem(id))
                .body("items[0]", not(hasKey("status")))
                .body("items[0]", not(hasKey("updatedAt")));

        as(f.staff())
                .post("/api/v1/target-tables/" + id + "/adjust")
                .then()
                .statusCode(200)
                .body("status", equalTo("ADJUSTING"))
                .body("approvedVersion", equalTo(2));
        io.restassured.RestAssured.given()
                .get("/api/v1/public/target-tables/" + id)
                .then()
                .statusCode(200)
                .body("version", equalTo(2))
                .body("$", not(hasKey("status")));
        as(f.staff())
                .get("/api/v1/target-tables/" + id + "/versions/2")
                .then()
                .statusCode(200)
                .body("status", equalTo("SUBMITTED"))
                .body("indicators.name", hasItem("安康杯安全生产竞赛参加单位数"));
        as(f.staff()).body(body).put("/api/v1/target-tables/" + id).then().statusCode(200);
        as(f.staff())
                .post("/api/v1/target-tables/" + id + "/submit")
                .then()
                .statusCode(200)
                .body("version", equalTo(3));
        var adjustment = EventProbe.read(
                "target-tables",
                EventProbe.keyed(id).and(EventProbe.ofType("target-table.submitted.v1")),
                3,
                Duration.ofSeconds(20),
                Duration.ofSeconds(1));
        assertTrue(adjustment.get(2).value().contains("\"subjectType\":\"ADJUSTMENT\""));
    }

    static void review(String tableId, int version, String outcome, String grade, String opinion) {
        String json = """
                {"subjectType":"TARGET_TABLE","subjectId":"%s","version":%d,"outcome":"%s","grade":"%s","opinion":"%s",
                 "decidedBy":"finance","decidedAt":"2021-03-01T10:00:00Z"}""".formatted(tableId, version, outcome, grade, opinion);
        UUID eventId = UUID.randomUUID();
        EventProbe.send("reviews", tableId, "review.completed.v1", eventId, json);
        EventProbe.send("reviews", tableId, "review.completed.v1", eventId, json); // redelivered: acts once
    }

    static void awaitStatus(Fixtures f, String id, String status) throws InterruptedException {
        for (int i = 0; i < 150; i++) {
            if (status.equals(as(f.staff())
                    .get("/api/v1/target-tables/" + id)
                    .then()
                    .extract()
                    .path("status"))) {
                return;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("table " + id + " never became " + status);
    }
}
