package io.jixiao.project;

import static io.jixiao.project.World.admin;
import static io.jixiao.project.World.as;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.jixiao.testsupport.EventProbe;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class OrgResourceTest {
    static World world;

    @BeforeEach
    void setUp() {
        if (world == null) {
            world = World.create();
        }
    }

    @Test
    void anAdminBuildsTheTreeAndEachOrgKnowsItsPath() {
        as(admin())
                .get("/api/v1/orgs/" + world.unit)
                .then()
                .statusCode(200)
                .body("name", equalTo("测试市困难职工帮扶中心"))
                .body("type", equalTo("UNIT"))
                .body("parentCode", equalTo(world.dept))
                .body("path", equalTo("/" + world.bureau + "/" + world.dept + "/" + world.unit + "/"));
    }

    @Test
    void registeringAnOrgAnnouncesIt() {
        var events =
                EventProbe.read("orgs", EventProbe.keyed(world.unit), 1, Duration.ofSeconds(20), Duration.ofSeconds(1));
        assertEquals(1, events.size());
        assertEquals("org.registered.v1", EventProbe.header(events.get(0), "ce_type"));
    }

    @Test
    void aReviewerSeesItsOwnSubtreeOnly() {
        as(world.deptReviewer())
                .get("/api/v1/orgs?size=500")
                .then()
                .statusCode(200)
                .body("items.code", hasItems(world.dept, world.unit))
                .body("items.code", not(hasItem(world.otherUnit)))
                .body("items.code", not(hasItem(world.bureau)));
        as(world.deptReviewer())
                .get("/api/v1/orgs/" + world.otherUnit)
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void aDuplicateCodeIsAConflict() {
        as(admin())
                .contentType(ContentType.JSON)
                .body(Map.of("code", world.unit, "name", "again", "type", "UNIT", "parentCode", world.dept))
                .post("/api/v1/orgs")
                .then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("status", equalTo(409));
    }

    @Test
    void theTreeKeepsItsShape() {
        as(admin())
                .contentType(ContentType.JSON)
                .body(Map.of("code", "X" + world.unit, "name", "单位下的单位", "type", "UNIT", "parentCode", world.unit))
                .post("/api/v1/orgs")
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("parentCode"));
        as(admin())
                .contentType(ContentType.JSON)
                .body(Map.of("code", "Y" + world.unit, "name", "无上级部门", "type", "DEPARTMENT"))
                .post("/api/v1/orgs")
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("parentCode"));
        as(admin())
                .contentType(ContentType.JSON)
                .body(Map.of("code", "含空格 code", "type", "UNIT"))
                .post("/api/v1/orgs")
                .then()
                .statusCode(400)
                .body("violations.field", hasItems("code", "name"));
    }

    @Test
    void onlyAnAdminRegistersOrgs() {
        as(world.staff())
                .contentType(ContentType.JSON)
                .body(Map.of("code", "Z" + world.unit, "name", "x", "type", "UNIT", "parentCode", world.dept))
                .post("/api/v1/orgs")
                .then()
                .statusCode(403)
                .contentType("application/problem+json");
        given().get("/api/v1/orgs").then().statusCode(401);
    }
}
