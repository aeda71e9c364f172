package io.jixiao.project;

import static io.restassured.RestAssured.given;

import io.jixiao.testsupport.Tokens;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.Map;
import java.util.UUID;

/**
 * A fresh organisation tree per test class (codes get a random suffix, so classes never collide in the shared
 * database): a finance bureau with two departments, each with one unit, and tokens for the people in it.
 */
public final class World {
    public final String bureau;
    public final String dept;
    public final String unit;
    public final String otherDept;
    public final String otherUnit;

    private World(String suffix) {
        bureau = "F" + suffix;
        dept = "D" + suffix;
        unit = "U" + suffix;
        otherDept = "E" + suffix;
        otherUnit = "V" + suffix;
    }

    public static World create() {
        World w = new World(UUID.randomUUID().toString().substring(0, 8));
        w.org(w.bureau, "测试市财政局", "FINANCE_BUREAU", null);
        w.org(w.dept, "测试市总工会", "DEPARTMENT", w.bureau);
        w.org(w.unit, "测试市困难职工帮扶中心", "UNIT", w.dept);
        w.org(w.otherDept, "另一个主管部门", "DEPARTMENT", w.bureau);
        w.org(w.otherUnit, "另一个单位", "UNIT", w.otherDept);
        return w;
    }

    public static void ensureOpenYear(int year) {
        int status = as(admin())
                .contentType(ContentType.JSON)
                .body(Map.of("year", year))
                .post("/api/v1/fiscal-years")
                .statusCode();
        if (status != 201 && status != 409) {
            throw new IllegalStateException("cannot open fiscal year " + year + ": " + status);
        }
    }

    private void org(String code, String name, String type, String parent) {
        var body = new java.util.HashMap<String, Object>(Map.of("code", code, "name", name, "type", type));
        if (parent != null) {
            body.put("parentCode", parent);
        }
        as(admin())
                .contentType(ContentType.JSON)
                .body(body)
                .post("/api/v1/orgs")
                .then()
                .statusCode(201);
    }

    public static String admin() {
        return Tokens.of("admin", null, "admin");
    }

    public static String auditor() {
        return Tokens.of("auditor", null, "auditor");
    }

    public String staff() {
        return Tokens.of("staff", unit, "unit-staff");
    }

    public String otherStaff() {
        return Tokens.of("staff2", otherUnit, "unit-staff");
    }

    public String deptReviewer() {
        return Tokens.of("dept", dept, "dept-reviewer");
    }

    public String financeReviewer() {
        return Tokens.of("finance", bureau, "finance-reviewer");
    }

    public static RequestSpecification as(String token) {
        return given().auth().oauth2(token);
    }
}
