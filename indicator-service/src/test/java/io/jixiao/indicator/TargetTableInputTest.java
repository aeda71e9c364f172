package io.jixiao.indicator;

import static io.jixiao.indicator.Fixtures.as;
import static io.jixiao.indicator.Fixtures.indicator;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;

import io.jixiao.testsupport.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Bad input and other people's tables get clear answers; nothing half-written remains. */
@QuarkusTest
class TargetTableInputTest {

    @Test
    void anUnknownFrameworkIsRefusedAndAnUnknownLevelIsFlagged() throws Exception {
        Fixtures f = new Fixtures();
        UUID project = f.project(f.unit, 2021, "市级劳模帮扶救助专项资金");
        Map<String, Object> body = Fixtures.laborCompetition(project);
        body.put("frameworkCode", "NO-SUCH");
        as(f.staff())
                .body(body)
                .post("/api/v1/target-tables")
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("frameworkCode"));

        body.put("frameworkCode", "ZHENGZHOU-2019");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> indicators = new ArrayList<>((List<Map<String, Object>>) body.get("indicators"));
        indicators.add(indicator("投入智理", "投入管理", "预算编制合理性", "合理")); // OCR: 管 read as 智
        body.put("indicators", indicators);
        as(f.staff())
                .body(body)
                .post("/api/v1/target-tables")
                .then()
                .statusCode(201)
                .body("notes", hasItem(containsString("一级指标 投入智理 is not in framework ZHENGZHOU-2019")));
        as(f.staff()).body(body).post("/api/v1/target-tables").then().statusCode(409);
    }

    @Test
    void aPeriodMustFitTheProjectsYear() throws Exception {
        Fixtures f = new Fixtures();
        UUID project = f.project(f.unit, 2023, "职工医疗互助经费");
        Map<String, Object> body = Fixtures.laborCompetition(project);
        body.put("period", "MID_TERM");
        as(f.staff())
                .body(body)
                .post("/api/v1/target-tables")
                .then()
                .statusCode(400)
                .body("violations.field", equalTo(List.of("periodStartYear", "periodEndYear")));
        body.put("periodStartYear", 2024);
        body.put("periodEndYear", 2025);
        as(f.staff())
                .body(body)
                .post("/api/v1/target-tables")
                .then()
                .statusCode(400)
                .body("violations[0].message", containsString("fiscal year 2023"));
        body.put("period", "ANNUAL");
        as(f.staff())
                .body(body)
                .post("/api/v1/target-tables")
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("periodStartYear"));
        body.put("period", "MID_TERM");
        body.put("periodStartYear", 2023);
        body.put("periodEndYear", 2024);
        as(f.staff())
                .body(body)
                .post("/api/v1/target-tables")
                .then()
                .statusCode(201)
                .body("periodStartYear", equalTo(2023))
                .body("periodEndYear", equalTo(2024));
    }

    @Test
    void hugeEmojiAndFullWidthTargets() throws Exception {
        Fixtures f = new Fixtures();
        UUID project = f.project(f.unit, 2021, "困难职工帮扶资金");
        Map<String, Object> body = Fixtures.laborCompetition(project);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> indicators = new ArrayList<>((List<Map<String, Object>>) body.get("indicators"));
        indicators.set(0, indicator("投入与目标管理", "投入管理", "预算执行率", "≥".repeat(10_000)));
        body.put("indicators", indicators);
        as(f.staff())
                .body(body)
                .post("/api/v1/target-tables")
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("indicators[0].target"));

        indicators.set(0, indicator("产出目标", "数量", "帮扶人数😀", "≥１０人😀"));
        body.put("indicators", indicators);
        as(f.staff())
                .body(body)
                .post("/api/v1/target-tables")
                .then()
                .statusCode(201)
                .body("indicators[0].target", equalTo("≥１０人😀"))
                .body("indicators[0].name", equalTo("帮扶人数😀"))
                .body("indicators[0].parsed.comparator", equalTo("GE"))
                .body("indicators[0].parsed.value", equalTo(10))
                .body("indicators[0].parsed.unit", equalTo("人"));
    }

    @Test
    void anotherOrganisationsProjectAndTablesAreNotFound() throws Exception {
        Fixtures f = new Fixtures();
        UUID theirs = f.project(f.otherUnit, 2021, "别人的项目");
        as(f.staff())
                .body(Fixtures.laborCompetition(theirs))
                .post("/api/v1/target-tables")
                .then()
                .statusCode(404);
        String id = as(f.otherStaff())
                .body(Fixtures.laborCompetition(theirs))
                .post("/api/v1/target-tables")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        as(f.staff()).get("/api/v1/target-tables/" + id).then().statusCode(404);
        as(f.staff()).post("/api/v1/target-tables/" + id + "/submit").then().statusCode(404);
        as(f.staff()).get("/api/v1/target-tables?size=200").then().body("items.id", not(hasItem(id)));
        as(f.deptReviewer()).get("/api/v1/target-tables/" + id).then().statusCode(200);
        as(f.deptReviewer())
                .body(Fixtures.laborCompetition(theirs))
                .put("/api/v1/target-tables/" + id)
                .then()
                .statusCode(403);
        as(Tokens.of("auditor", null, "auditor"))
                .get("/api/v1/target-tables?projectId=" + theirs)
                .then()
                .body("total", equalTo(1));
    }

    /** Four editors save the same revision at once: one wins, the others are told to reload (409), none gets a 500. */
    @Test
    void concurrentSavesOfOneRevisionGiveOneSuccessAndConflicts() throws Exception {
        Fixtures f = new Fixtures();
        UUID project = f.project(f.unit, 2021, "并发编辑的项目");
        Map<String, Object> body = new java.util.HashMap<>(Fixtures.laborCompetition(project));
        String id = as(f.staff())
                .body(body)
                .post("/api/v1/target-tables")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        int revision = as(f.staff())
                .get("/api/v1/target-tables/" + id)
                .then()
                .extract()
                .path("revision");
        body.put("revision", revision);
        var pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        var start = new java.util.concurrent.CountDownLatch(1);
        List<java.util.concurrent.Future<Integer>> answers = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            Map<String, Object> mine = new java.util.HashMap<>(body);
            mine.put("annualGoal", "编辑者 " + i);
            answers.add(pool.submit(() -> {
                start.await();
                return as(f.staff())
                        .body(mine)
                        .put("/api/v1/target-tables/" + id)
                        .then()
                        .contentType(org.hamcrest.Matchers.anyOf(
                                equalTo("application/json;charset=UTF-8"),
                                equalTo("application/json"),
                                equalTo("application/problem+json")))
                        .extract()
                        .statusCode();
            }));
        }
        start.countDown();
        List<Integer> codes = new ArrayList<>();
        for (var a : answers) {
            codes.add(a.get());
        }
        pool.shutdown();
        org.junit.jupiter.api.Assertions.assertEquals(
                1, codes.stream().filter(c -> c == 200).count(), codes.toString());
        org.junit.jupiter.api.Assertions.assertEquals(
                3, codes.stream().filter(c -> c == 409).count(), codes.toString());
    }

    /**
     * A table whose announcement would exceed what the broker carries is refused when it is submitted (413), and stays
     * a DRAFT: before, it became SUBMITTED with an event that could never be published (security review M1).
     */
    @Test
    void aTableTooLargeToAnnounceIsRefusedAndStaysADraft() throws Exception {
        Fixtures f = new Fixtures();
        UUID project = f.project(f.unit, 2021, "超大的表");
        Map<String, Object> body = new java.util.HashMap<>(Fixtures.laborCompetition(project));
        List<Map<String, Object>> indicators = new ArrayList<>((List<Map<String, Object>>) body.get("indicators"));
        for (int i = 0; i < 300; i++) {
            indicators.add(indicator("产出目标", "质量", "质量指标" + i, "较高" + "x".repeat(1900)));
        }
        body.put("indicators", indicators);
        String id = as(f.staff())
                .body(body)
                .post("/api/v1/target-tables")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        as(f.staff())
                .post("/api/v1/target-tables/" + id + "/submit")
                .then()
                .statusCode(413)
                .contentType("application/problem+json")
                .body("detail", containsString("nothing was saved"));
        as(f.staff())
                .get("/api/v1/target-tables/" + id)
                .then()
                .body("status", equalTo("DRAFT"))
                .body("version", equalTo(0));
    }

    @Test
    void submittingAnIncompleteTablePointsAtEveryIndicatorToFix() throws Exception {
        Fixtures f = new Fixtures();
        UUID project = f.project(f.unit, 2021, "不完整的项目");
        Map<String, Object> weighted = indicator("产出指标", "数量指标", "帮扶", "≥100");
        weighted.put("weight", 40);
        Map<String, Object> body = Map.of(
                "projectId",
                project.toString(),
                "frameworkCode",
                "MOF-2020",
                "indicators",
                List.of(
                        weighted,
                        indicator("产出指标", "质量指标", "", "100%"),
                        indicator("效益指标", "社会效益指标", "社会效益", ""),
                        indicator("产出指标", "数量指标", "帮扶", "≥100")));
        String id = as(f.staff())
                .body(body)
                .post("/api/v1/target-tables")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        as(f.staff())
                .post("/api/v1/target-tables/" + id + "/submit")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body(
                        "violations.field",
                        hasItems(
                                "annualGoal",
                                "indicators[0].unit",
                                "indicators[1].name",
                                "indicators[2].target",
                                "indicators[3].name",
                                "indicators[1].weight",
                                "indicators"))
                .body("violations.message", hasItem("at least one 满意度指标 is required"));
        as(f.staff())
                .get("/api/v1/target-tables/" + id)
                .then()
                .body("status", equalTo("DRAFT"))
                .body("version", equalTo(0));
    }

    @Test
    void theParserEndpointReadsTargetsAsWritten() {
        String staff = Tokens.of("staff", "093001", "unit-staff");
        as(staff)
                .body(Map.of("text", "≥200000人次"))
                .post("/api/v1/targets/parse")
                .then()
                .statusCode(200)
                .body("text", equalTo("≥200000人次"))
                .body("comparator", equalTo("GE"))
                .body("value", equalTo(200000))
                .body("unit", equalTo("人次"))
                .body("qualitative", equalTo(false))
                .body("direction", equalTo("POSITIVE"));
        as(staff)
                .body(Map.of("text", "≥95", "level1", "满意度指标"))
                .post("/api/v1/targets/parse")
                .then()
                .body("unit", equalTo("%"));
        as(staff)
                .body(Map.of("text", "290%"))
                .post("/api/v1/targets/parse")
                .then()
                .body("comparator", equalTo("GE"))
                .body("value", equalTo(90))
                .body("warnings[0]", containsString("≥90%"));
        as(staff)
                .body(Map.of("text", "不超过 12 个月低保"))
                .post("/api/v1/targets/parse")
                .then()
                .body("comparator", equalTo("LE"))
                .body("direction", equalTo("REVERSE"));
        as(staff)
                .body("{}")
                .post("/api/v1/targets/parse")
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("text"));
        as(staff)
                .body("{\"text\": 5}")
                .post("/api/v1/targets/parse")
                .then()
                .statusCode(200)
                .body("value", equalTo(5));
    }
}
