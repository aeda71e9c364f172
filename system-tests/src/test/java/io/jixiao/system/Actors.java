package io.jixiao.system;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jixiao.testsupport.Tokens;
import io.restassured.specification.RequestSpecification;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

/** One test's organisations (a bureau, a department, a unit) and the people acting in them, against the running stack. */
final class Actors {
    final String bureau;
    final String dept;
    final String unit;
    private final Stack stack;

    Actors(Stack stack) {
        this.stack = stack;
        String s = UUID.randomUUID().toString().substring(0, 6);
        bureau = "F" + s;
        dept = "D" + s;
        unit = "U" + s;
    }

    /** The three organisations and the given fiscal years in project-service (already there is fine). */
    Actors registered(int... years) {
        org(bureau, "FINANCE_BUREAU", null);
        org(dept, "DEPARTMENT", bureau);
        org(unit, "UNIT", dept);
        for (int year : years) {
            int status = as(admin(), "project")
                    .body(Map.of("year", year))
                    .post("/api/v1/fiscal-years")
                    .statusCode();
            assertTrue(status == 201 || status == 409, "year " + year + ": " + status);
        }
        return this;
    }

    private void org(String code, String type, String parent) {
        Map<String, Object> body = new HashMap<>(Map.of("code", code, "name", code, "type", type));
        if (parent != null) {
            body.put("parentCode", parent);
        }
        int status = as(admin(), "project").body(body).post("/api/v1/orgs").statusCode();
        assertTrue(status == 201 || status == 409, "org " + code + ": " + status);
    }

    RequestSpecification as(String token, String service) {
        return given().baseUri(stack.url(service)).auth().oauth2(token).contentType("application/json");
    }

    static String admin() {
        return Tokens.of("admin", null, "admin");
    }

    String staff() {
        return Tokens.of("staff", unit, "unit-staff");
    }

    String deptReviewer() {
        return Tokens.of("dept", dept, "dept-reviewer");
    }

    String financeReviewer() {
        return Tokens.of("finance", bureau, "finance-reviewer");
    }

    /** Organisations, the year and a project in project-service; a draft table in indicator-service once it knows the project. */
    String preparedTable(String projectName) {
        registered(2021);
        String project = as(staff(), "project")
                .body(Map.of("fiscalYear", 2021, "name", projectName, "totalAmount", "1000000.00"))
                .post("/api/v1/projects")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        Map<String, Object> body = tableBody(null);
        body.put("projectId", project);
        return await("indicator-service to know the project", 30, () -> {
            var r = as(staff(), "indicator").body(body).post("/api/v1/target-tables");
            return r.statusCode() == 201 ? r.then().extract().path("id") : null;
        });
    }

    static Map<String, Object> tableBody(Integer revision) {
        Map<String, Object> body = new HashMap<>();
        body.put("frameworkCode", "MOF-2020");
        body.put("annualGoal", "组织全市职工开展劳动竞赛");
        body.put(
                "indicators",
                List.of(
                        Map.of(
                                "level1",
                                "产出指标",
                                "level2",
                                "数量指标",
                                "name",
                                "市级技术比武竞赛参加人次",
                                "target",
                                "≥200000",
                                "standard",
                                revision == null ? "上年实际" : "近三年平均"),
                        Map.of("level1", "满意度指标", "level2", "服务对象满意度指标", "name", "参与职工满意度", "target", "≥95")));
        if (revision != null) {
            body.put("revision", revision);
        }
        return body;
    }

    /** Polls until the probe answers something, or fails after {@code seconds}. */
    static <T> T await(String what, int seconds, Supplier<T> probe) {
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        while (System.nanoTime() < end) {
            T value = probe.get();
            if (value != null) {
                return value;
            }
            Stack.sleep(50);
        }
        throw new AssertionError("waited " + seconds + " s for " + what);
    }
}
