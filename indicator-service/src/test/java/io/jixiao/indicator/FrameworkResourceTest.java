package io.jixiao.indicator;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import io.jixiao.testsupport.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class FrameworkResourceTest {
    static final String ADMIN = Tokens.of("admin", null, "admin");
    static final String STAFF = Tokens.of("staff", "093001", "unit-staff");

    @Test
    void theThreeFrameworksOfTheDomainAreServed() {
        given().auth()
                .oauth2(STAFF)
                .get("/api/v1/frameworks")
                .then()
                .statusCode(200)
                .body("code", hasItems("MOF-2020", "MOF-2021", "ZHENGZHOU-2019"));
        given().auth()
                .oauth2(STAFF)
                .get("/api/v1/frameworks/MOF-2020")
                .then()
                .statusCode(200)
                .body("basis", equalTo("财预〔2020〕10号"))
                .body("level1.name", equalTo(List.of("产出指标", "效益指标", "满意度指标")))
                .body("level1[0].defaultWeight", equalTo(50))
                .body("level1[1].level2", equalTo(List.of("经济效益指标", "社会效益指标", "生态效益指标", "可持续影响指标")));
        given().auth()
                .oauth2(STAFF)
                .get("/api/v1/frameworks/ZHENGZHOU-2019")
                .then()
                .statusCode(200)
                .body("level1[3].level2[5]", equalTo("其它"));
        given().auth()
                .oauth2(STAFF)
                .get("/api/v1/frameworks/NOPE")
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
        given().get("/api/v1/frameworks").then().statusCode(401);
    }

    @Test
    void anAdminAddsACitysTemplateAndItsNextVersionWithoutChangingTheFirst() {
        String code = "CITY-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        Map<String, Object> v1 = Map.of(
                "code",
                code,
                "name",
                "某市指标体系",
                "level1",
                List.of(
                        Map.of("name", "产出指标", "defaultWeight", 60, "level2", List.of("数量指标", "质量指标")),
                        Map.of("name", "满意度指标", "defaultWeight", 10, "level2", List.of("服务对象满意度指标"))));
        given().auth()
                .oauth2(ADMIN)
                .contentType(ContentType.JSON)
                .body(v1)
                .post("/api/v1/frameworks")
                .then()
                .statusCode(201)
                .body("version", equalTo(1));
        given().auth()
                .oauth2(STAFF)
                .get("/api/v1/frameworks")
                .then()
                .body("find { it.code == '" + code + "' }.version", equalTo(1));
        Map<String, Object> v2 = Map.of(
                "code",
                code,
                "name",
                "某市指标体系（修订）",
                "level1",
                List.of(Map.of("name", "产出指标", "defaultWeight", 50, "level2", List.of("数量指标"))));
        given().auth()
                .oauth2(ADMIN)
                .contentType(ContentType.JSON)
                .body(v2)
                .post("/api/v1/frameworks")
                .then()
                .statusCode(201)
                .body("version", equalTo(2));
        given().auth().oauth2(STAFF).get("/api/v1/frameworks/" + code).then().body("version", equalTo(2));
        // the list, kept serialized between changes, shows the new version at once on the replica that wrote it
        String etag = given().auth()
                .oauth2(STAFF)
                .get("/api/v1/frameworks")
                .then()
                .statusCode(200)
                .contentType("application/json")
                .body("find { it.code == '" + code + "' }.version", equalTo(2))
                .extract()
                .header("ETag");
        given().auth()
                .oauth2(STAFF)
                .header("If-None-Match", etag)
                .get("/api/v1/frameworks")
                .then()
                .statusCode(304)
                .header("ETag", equalTo(etag));
        given().auth()
                .oauth2(STAFF)
                .get("/api/v1/frameworks/" + code + "?version=1")
                .then()
                .body("level1[0].defaultWeight", equalTo(60));
    }

    @Test
    void badTemplatesAreRefusedWithTheirFields() {
        given().auth()
                .oauth2(STAFF)
                .contentType(ContentType.JSON)
                .body(Map.of("code", "X-1", "name", "x", "level1", List.of()))
                .post("/api/v1/frameworks")
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(ADMIN)
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "code", "bad code", "name", "", "level1", List.of(Map.of("name", "产出指标", "level2", List.of()))))
                .post("/api/v1/frameworks")
                .then()
                .statusCode(400)
                .body("violations.field", hasItems("code", "name", "level1[0].level2"));
        given().auth()
                .oauth2(ADMIN)
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "code",
                        "HEAVY-1",
                        "name",
                        "超重",
                        "level1",
                        List.of(
                                Map.of("name", "产出指标", "defaultWeight", 80, "level2", List.of("数量指标")),
                                Map.of("name", "效益指标", "defaultWeight", 30, "level2", List.of("社会效益指标")))))
                .post("/api/v1/frameworks")
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("level1"));
    }
}
