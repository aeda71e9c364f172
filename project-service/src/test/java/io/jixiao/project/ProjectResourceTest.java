package io.jixiao.project;

import static io.jixiao.project.World.admin;
import static io.jixiao.project.World.as;
import static io.jixiao.project.World.auditor;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jixiao.testsupport.EventProbe;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ProjectResourceTest {
    static final int YEAR = 2019;
    static World world;

    @BeforeEach
    void setUp() {
        if (world == null) {
            world = World.create();
        }
        World.ensureOpenYear(YEAR);
    }

    /** Seed 000: 郑州市困难职工帮扶中心 支出项目绩效目标表 (2019年), every header field as printed. */
    static Map<String, Object> seed000() {
        Map<String, Object> p = new HashMap<>();
        p.put("fiscalYear", YEAR);
        p.put("name", "帮扶资金");
        p.put("unitCode", "093001");
        p.put("unitName", "郑州市困难职工帮扶中心");
        p.put("departmentName", "郑州市总工会");
        p.put("fundUse", "业务类");
        p.put("leader", "宗亚青");
        p.put("contact", "史奕娟");
        p.put("phone", "67883276");
        p.put("startDate", "2019-01-01");
        p.put("endDate", "2019-12-31");
        p.put("amountUnit", "YUAN");
        p.put("totalAmount", "1000000.00");
        p.put("yearAmount", 1000000.00);
        p.put("prevTotalAmount", "1000000.00");
        p.put("prevYearAmount", "1000000.00");
        p.put("overview", "依据《中华全国总工会关于建立困难职工帮扶中心的意见》……");
        p.put("implementationPlan", "2019年帮扶资金100万元主要用于……生活救助2019年1月-12月实施，拟救助1000人");
        p.put(
                "costItems",
                List.of(Map.of(
                        "item",
                        "完成市级困难职工帮扶",
                        "amount",
                        "150000.00",
                        "basis",
                        "1500元/人年*100人",
                        "lastYearActual",
                        "150000",
                        "thisYearPlan",
                        "150000")));
        return p;
    }

    static String register(String token, Map<String, Object> body) {
        return as(token)
                .contentType(ContentType.JSON)
                .body(body)
                .post("/api/v1/projects")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    /** A NUL in a search and a page beyond any list were 500s (the first reached PostgreSQL, the second overflowed). */
    @Test
    void garbageQueryValuesAre400sThatNameTheParameter() {
        as(auditor())
                .queryParam("q", "\u0000'\"")
                .get("/api/v1/projects")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("violations[0].field", equalTo("q"));
        as(auditor())
                .get("/api/v1/projects?page=2147483647")
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("page"));
        as(auditor())
                .get("/api/v1/projects?fiscalYear=二〇二一")
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("fiscalYear"));
        as(auditor())
                .get("/api/v1/projects?q="
                        + java.net.URLEncoder.encode("劳模_%'", java.nio.charset.StandardCharsets.UTF_8))
                .then()
                .statusCode(200);
    }

    @Test
    void staffRegisterAProjectWithEveryHeaderFieldExactly() {
        String id = register(world.staff(), seed000());
        as(world.staff())
                .get("/api/v1/projects/" + id)
                .then()
                .statusCode(200)
                .body("orgCode", equalTo(world.unit))
                .body("name", equalTo("帮扶资金"))
                .body("unitCode", equalTo("093001"))
                .body("phone", equalTo("67883276"))
                .body("endDate", equalTo("2019-12-31"))
                .body("amountUnitLabel", equalTo("元"))
                .body("costItems[0].basis", equalTo("1500元/人年*100人"))
                .body("version", equalTo(0));
        String raw = as(world.staff()).get("/api/v1/projects/" + id).asString();
        assertTrue(raw.contains("\"totalAmount\":1000000.00"), raw);
        assertTrue(raw.contains("\"yearAmount\":1000000.00"), raw);

        var events =
                EventProbe.read("projects", EventProbe.keyed(id), 1, Duration.ofSeconds(20), Duration.ofSeconds(1));
        assertEquals(1, events.size());
        assertEquals("project.registered.v1", EventProbe.header(events.get(0), "ce_type"));
        assertEquals(id, EventProbe.header(events.get(0), "ce_subject"));
        JsonPath payload = JsonPath.from(events.get(0).value());
        assertEquals("帮扶资金", payload.getString("name"));
        assertEquals("1500元/人年*100人", payload.getString("costItems[0].basis"));
        assertEquals("/" + world.bureau + "/" + world.dept + "/" + world.unit + "/", payload.getString("orgPath"));
    }

    @Test
    void anotherOrganisationsProjectIsNotFound() {
        String id = register(world.staff(), seed000());
        as(world.otherStaff())
                .get("/api/v1/projects/" + id)
                .then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("detail", not(containsString("帮扶资金")));
        as(world.otherStaff())
                .contentType(ContentType.JSON)
                .body(seed000())
                .put("/api/v1/projects/" + id)
                .then()
                .statusCode(404);
        as(world.otherStaff())
                .get("/api/v1/projects?size=200")
                .then()
                .statusCode(200)
                .body("items.id", not(hasItem(id)));
        as(world.staff())
                .contentType(ContentType.JSON)
                .body(withField(seed000(), "orgCode", world.otherUnit))
                .post("/api/v1/projects")
                .then()
                .statusCode(403);
    }

    @Test
    void reviewersReadTheirSubtreeAndAuditorsReadAllButNeitherWrites() {
        String id = register(world.staff(), seed000());
        as(world.deptReviewer()).get("/api/v1/projects/" + id).then().statusCode(200);
        as(world.financeReviewer()).get("/api/v1/projects?size=200").then().body("items.id", hasItem(id));
        as(auditor()).get("/api/v1/projects/" + id).then().statusCode(200);
        as(world.deptReviewer())
                .contentType(ContentType.JSON)
                .body(seed000())
                .put("/api/v1/projects/" + id)
                .then()
                .statusCode(403);
        as(auditor())
                .contentType(ContentType.JSON)
                .body(seed000())
                .post("/api/v1/projects")
                .then()
                .statusCode(403);
        Map<String, Object> other = withField(seed000(), "name", "另一部门的项目");
        other.put("orgCode", world.otherUnit);
        String otherId = register(admin(), other);
        as(world.deptReviewer()).get("/api/v1/projects/" + otherId).then().statusCode(404);
    }

    @Test
    void listsFilterSortAndPage() {
        World w = World.create();
        World.ensureOpenYear(2020);
        for (String name : List.of("劳模帮扶专项资金", "困难职工帮扶资金", "劳动竞赛专项资金")) {
            register(w.staff(), withField(seed000(), "name", name));
        }
        register(w.staff(), withField(withField(seed000(), "name", "上年度项目"), "fiscalYear", 2020));

        as(w.deptReviewer())
                .get("/api/v1/projects?fiscalYear=2019&sort=name&size=2")
                .then()
                .statusCode(200)
                .body("total", equalTo(3))
                .body("items.size()", equalTo(2))
                .body("size", equalTo(2));
        as(w.deptReviewer())
                .get("/api/v1/projects?fiscalYear=2019&sort=name&page=1&size=2")
                .then()
                .body("items.size()", equalTo(1));
        as(w.deptReviewer())
                .get("/api/v1/projects?q=帮扶")
                .then()
                .body("total", equalTo(2))
                .body("items.name", hasItems("劳模帮扶专项资金", "困难职工帮扶资金"));
        as(w.deptReviewer()).get("/api/v1/projects?q=%25").then().body("total", equalTo(0));
        as(w.deptReviewer())
                .get("/api/v1/projects?orgCode=" + w.unit + "&fiscalYear=2020")
                .then()
                .body("total", equalTo(1))
                .body("items[0].name", equalTo("上年度项目"));
        as(w.deptReviewer())
                .get("/api/v1/projects?orgCode=" + world.unit)
                .then()
                .body("total", equalTo(0));
        as(w.deptReviewer())
                .get("/api/v1/projects?sort=-nonsense")
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("sort"));
        as(w.deptReviewer())
                .get("/api/v1/projects?size=0")
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("size"));
    }

    @Test
    void anUpdateIsAnnouncedAndAStaleVersionIsRefused() {
        String id = register(world.staff(), seed000());
        Map<String, Object> changed = withField(seed000(), "leader", "新负责人");
        changed.put("version", 0);
        as(world.staff())
                .contentType(ContentType.JSON)
                .body(changed)
                .put("/api/v1/projects/" + id)
                .then()
                .statusCode(200)
                .body("leader", equalTo("新负责人"))
                .body("version", equalTo(1));
        as(world.staff())
                .contentType(ContentType.JSON)
                .body(changed)
                .put("/api/v1/projects/" + id)
                .then()
                .statusCode(409);
        var events = EventProbe.read(
                "projects",
                EventProbe.keyed(id).and(EventProbe.ofType("project.updated.v1")),
                1,
                Duration.ofSeconds(20),
                Duration.ofSeconds(1));
        assertEquals(1, events.size());
        assertTrue(events.get(0).value().contains("新负责人"));
    }

    @Test
    void budgetExecutionIsRecordedExactlyAndAnnounced() {
        String id = register(world.staff(), seed000());
        // seed 002, 劳模帮扶专项资金: 83 / 83 / 83.224 万元, the executed 0.224 万元 from last year's carry-over
        String body = """
                {"initial":  {"total": 830000, "fiscal": 830000},
                 "adjusted": {"total": "830000.00", "fiscal": 830000},
                 "executed": {"total": 832240.00, "fiscal": 830000, "carryOver": 2240}}""";
        as(world.staff())
                .contentType(ContentType.JSON)
                .body(body)
                .put("/api/v1/projects/" + id + "/budget-execution")
                .then()
                .statusCode(200)
                .body("budgetExecution.executed.carryOver", equalTo(2240));
        var events = EventProbe.read(
                "projects",
                EventProbe.keyed(id).and(EventProbe.ofType("project.budget-executed.v1")),
                1,
                Duration.ofSeconds(20),
                Duration.ofSeconds(1));
        assertEquals(1, events.size());
        String payload = events.get(0).value();
        assertTrue(payload.contains("\"executed\":{\"total\":832240.00,\"fiscal\":830000,\"carryOver\":2240"), payload);
        assertEquals(YEAR, JsonPath.from(payload).getInt("fiscalYear"));

        String badSum = """
                {"adjusted": {"total": 100, "fiscal": 60, "other": 30}, "executed": {"total": 90}}""";
        as(world.staff())
                .contentType(ContentType.JSON)
                .body(badSum)
                .put("/api/v1/projects/" + id + "/budget-execution")
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("adjusted.total"));
        as(world.staff())
                .contentType(ContentType.JSON)
                .body("{\"adjusted\": {\"total\": 100}}")
                .put("/api/v1/projects/" + id + "/budget-execution")
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("executed"));
    }

    /** Seed 002's 劳模帮扶: 83万 of 当年财政拨款, 53万 of them the city's own (本级财政), 30万 from the province (上级补助). */
    @Test
    void fiscalFundsSplitByGovernmentLevelAndTheMissingSideIsTheRest() {
        String id = register(world.staff(), seed000());
        String body = """
                {"adjusted": {"total": 830000, "fiscal": 830000, "upperLevel": 300000},
                 "executed": {"total": 832240, "fiscal": 830000, "carryOver": 2240, "ownLevel": 530000}}""";
        as(world.staff())
                .contentType(ContentType.JSON)
                .body(body)
                .put("/api/v1/projects/" + id + "/budget-execution")
                .then()
                .statusCode(200)
                .body("budgetExecution.adjusted.ownLevel", equalTo(530000))
                .body("budgetExecution.adjusted.upperLevel", equalTo(300000))
                .body("budgetExecution.executed.upperLevel", equalTo(300000));
        var events = EventProbe.read(
                "projects",
                EventProbe.keyed(id).and(EventProbe.ofType("project.budget-executed.v1")),
                1,
                Duration.ofSeconds(20),
                Duration.ofSeconds(1));
        JsonPath sent = JsonPath.from(events.get(0).value());
        assertEquals(
                530000,
                sent.getInt("budgetExecution.adjusted.ownLevel"),
                events.get(0).value());
        assertEquals(300000, sent.getInt("budgetExecution.adjusted.upperLevel"));

        as(world.staff())
                .contentType(ContentType.JSON)
                .body("""
                        {"adjusted": {"total": 830000, "fiscal": 830000, "ownLevel": 900000},
                         "executed": {"total": 830000, "ownLevel": 1}}""")
                .put("/api/v1/projects/" + id + "/budget-execution")
                .then()
                .statusCode(400)
                .body("violations.field", equalTo(List.of("adjusted.ownLevel", "executed.ownLevel")))
                .body("violations[0].message", equalTo("must not exceed fiscal (830000)"))
                .body("violations[1].message", containsString("needs fiscal"));
        double kept = as(world.staff())
                .get("/api/v1/projects/" + id)
                .then()
                .extract()
                .jsonPath()
                .getDouble("budgetExecution.adjusted.ownLevel");
        assertEquals(530000.0, kept, "the refused figures changed nothing");
    }

    @Test
    void theSameSourceRefRegistersOnce() {
        Map<String, Object> body = withField(seed000(), "sourceRef", "seed-000-" + world.unit);
        register(world.staff(), body);
        as(world.staff())
                .contentType(ContentType.JSON)
                .body(body)
                .post("/api/v1/projects")
                .then()
                .statusCode(409);
    }

    @Test
    void badInputGetsFieldLevelProblems() {
        post(world.staff(), "{\"name\": \"帮扶资金\", \"fiscalYear\": 2019,")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("detail", containsString("not valid JSON"));
        post(world.staff(), json(withField(seed000(), "totalAmount", "一百万")))
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("totalAmount"))
                .body("violations[0].message", containsString("number"));
        post(world.staff(), json(withField(seed000(), "fiscalYear", List.of(2019))))
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("fiscalYear"));
        post(world.staff(), json(withField(seed000(), "totalAmount", -1)))
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("totalAmount"))
                .body("violations[0].message", equalTo("must not be negative"));
        post(world.staff(), json(withField(seed000(), "yearAmount", "100.005")))
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("yearAmount"));
        post(world.staff(), json(withField(seed000(), "endDate", "2018-12-31")))
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("endDate"));
        post(world.staff(), json(withField(seed000(), "endDate", "2019-13-45")))
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("endDate"));
        post(world.staff(), json(withField(seed000(), "fiscalYear", 1990)))
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("fiscalYear"))
                .body("violations[0].message", containsString("does not exist"));
        post(world.staff(), json(withField(seed000(), "name", "  ")))
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("name"));
        post(world.staff(), json(withField(seed000(), "phone", "call me")))
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("phone"));
        List<Map<String, Object>> items = new ArrayList<>();
        items.add(Map.of("item", "ok", "amount", 1));
        items.add(Map.of("item", "负数", "amount", -5));
        post(world.staff(), json(withField(seed000(), "costItems", items)))
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("costItems[1].amount"));
        post(world.staff(), "").then().statusCode(400);
    }

    @Test
    void aTwoMegabyteBodyIsRefusedWithAProblem() {
        String huge = json(withField(seed000(), "overview", "帮".repeat(700_000)));
        post(world.staff(), huge).then().statusCode(413).contentType("application/problem+json");
    }

    @Test
    void fullWidthAndEmojiTextIsKeptAsWritten() {
        String name = "ＡＢＣ１２３　帮扶资金（全角）😀";
        String id = register(world.staff(), withField(seed000(), "name", name));
        as(world.staff()).get("/api/v1/projects/" + id).then().body("name", equalTo(name));
    }

    @Test
    void aClosedYearAcceptsNoNewProjects() {
        World.ensureOpenYear(2034);
        as(admin()).post("/api/v1/fiscal-years/2034/close").then().statusCode(200);
        post(world.staff(), json(withField(seed000(), "fiscalYear", 2034)))
                .then()
                .statusCode(400)
                .body("violations[0].message", containsString("closed"));
    }

    static io.restassured.response.Response post(String token, String body) {
        return as(token).contentType(ContentType.JSON).body(body).post("/api/v1/projects");
    }

    static String json(Map<String, Object> body) {
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(body);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static Map<String, Object> withField(Map<String, Object> body, String field, Object value) {
        Map<String, Object> copy = new HashMap<>(body);
        copy.put(field, value);
        return copy;
    }
}
