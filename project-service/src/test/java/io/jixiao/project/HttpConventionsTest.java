package io.jixiao.project;

import static io.jixiao.project.ProjectResourceTest.register;
import static io.jixiao.project.ProjectResourceTest.seed000;
import static io.jixiao.project.World.as;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What a browser app relies on beyond the bodies (platform/web, the same in every service): validators on every read
 * (ETag, 304), If-Match on changes (412 when stale), paging it can follow from the headers, and CORS for the origins
 * the environment allows (the test profile allows http://localhost:5173 only).
 */
@QuarkusTest
class HttpConventionsTest {
    static World world;

    @BeforeEach
    void setUp() {
        if (world == null) {
            world = World.create();
        }
        World.ensureOpenYear(ProjectResourceTest.YEAR);
    }

    @Test
    void everyReadCarriesAnETagAndAnUnchangedOneAnswers304() {
        String id = register(world.staff(), seed000());
        String tag = as(world.staff())
                .get("/api/v1/projects/" + id)
                .then()
                .statusCode(200)
                .extract()
                .header("ETag");
        as(world.staff())
                .header("If-None-Match", tag)
                .get("/api/v1/projects/" + id)
                .then()
                .statusCode(304)
                .header("ETag", tag)
                .body(equalTo(""));
        // the same tag from the list of organisations means nothing for the project
        as(world.staff())
                .header("If-None-Match", "\"other\"")
                .get("/api/v1/projects/" + id)
                .then()
                .statusCode(200);

        as(world.staff())
                .contentType(ContentType.JSON)
                .body(ProjectResourceTest.withField(seed000(), "leader", "新负责人"))
                .put("/api/v1/projects/" + id)
                .then()
                .statusCode(200);
        String changed = as(world.staff())
                .header("If-None-Match", tag)
                .get("/api/v1/projects/" + id)
                .then()
                .statusCode(200)
                .body("leader", equalTo("新负责人"))
                .extract()
                .header("ETag");
        assertNotEquals(tag, changed);
    }

    @Test
    void aChangeWithAStaleIfMatchIs412AndChangesNothing() {
        String id = register(world.staff(), seed000());
        String tag =
                as(world.staff()).get("/api/v1/projects/" + id).then().extract().header("ETag");
        Map<String, Object> first = ProjectResourceTest.withField(seed000(), "leader", "甲");
        as(world.staff())
                .contentType(ContentType.JSON)
                .header("If-Match", tag)
                .body(first)
                .put("/api/v1/projects/" + id)
                .then()
                .statusCode(200);

        // a second editor still holding the first read
        as(world.staff())
                .contentType(ContentType.JSON)
                .header("If-Match", tag)
                .body(ProjectResourceTest.withField(seed000(), "leader", "乙"))
                .put("/api/v1/projects/" + id)
                .then()
                .statusCode(412)
                .contentType("application/problem+json")
                .body("detail", containsString("read it again"));
        as(world.staff())
                .contentType(ContentType.JSON)
                .header("If-Match", tag)
                .body(Map.of("adjusted", Map.of("total", 1000), "executed", Map.of("total", 900)))
                .put("/api/v1/projects/" + id + "/budget-execution")
                .then()
                .statusCode(412);
        as(world.staff()).get("/api/v1/projects/" + id).then().body("leader", equalTo("甲"));

        // another unit's project: 404 before any precondition, so a tag reveals nothing
        as(world.otherStaff())
                .contentType(ContentType.JSON)
                .header("If-Match", tag)
                .body(first)
                .put("/api/v1/projects/" + id)
                .then()
                .statusCode(404);
    }

    @Test
    void aListSaysItsTotalAndWhereTheNextPageIs() {
        register(world.staff(), seed000());
        register(world.staff(), seed000());
        var first = as(world.staff())
                .get("/api/v1/projects?fiscalYear=" + ProjectResourceTest.YEAR + "&size=1&sort=name")
                .then()
                .statusCode(200)
                .header("ETag", not(nullValue()))
                .extract();
        long total = Long.parseLong(first.header("X-Total-Count"));
        assertEquals(total, first.jsonPath().getLong("total"));
        assertEquals(1, first.jsonPath().getInt("nextPage"));
        String link = first.header("Link");
        assertTrue(link.startsWith("</api/v1/projects?") && link.endsWith(">; rel=\"next\""), link);
        for (String param : List.of("fiscalYear=" + ProjectResourceTest.YEAR, "sort=name", "page=1", "size=1")) {
            assertTrue(link.contains(param), link + " lacks " + param);
        }

        var last = as(world.staff())
                .get("/api/v1/projects?fiscalYear=" + ProjectResourceTest.YEAR + "&size=200")
                .then()
                .statusCode(200)
                .extract();
        assertEquals(null, last.header("Link"));
        assertEquals(null, (Object) last.jsonPath().get("nextPage"));
    }

    @Test
    void browsersOnAnAllowedOriginMayCallAndReadTheHeadersOthersMayNot() {
        given().header("Origin", "http://localhost:5173")
                .header("Access-Control-Request-Method", "PUT")
                .header("Access-Control-Request-Headers", "authorization,content-type,if-match")
                .options("/api/v1/projects/00000000-0000-0000-0000-000000000000")
                .then()
                .statusCode(200)
                .header("Access-Control-Allow-Origin", "http://localhost:5173")
                .header("Access-Control-Allow-Methods", containsString("PUT"))
                .header("Access-Control-Allow-Headers", containsString("If-Match"));
        as(world.staff())
                .header("Origin", "http://localhost:5173")
                .get("/api/v1/projects?size=1")
                .then()
                .statusCode(200)
                .header("Access-Control-Allow-Origin", "http://localhost:5173")
                .header("Access-Control-Expose-Headers", containsString("ETag"))
                .header("Access-Control-Expose-Headers", containsString("X-Total-Count"))
                .header("Access-Control-Expose-Headers", containsString("Link"));

        given().header("Origin", "https://evil.example")
                .header("Access-Control-Request-Method", "GET")
                .options("/api/v1/projects")
                .then()
                .header("Access-Control-Allow-Origin", nullValue());
        as(world.staff())
                .header("Origin", "https://evil.example")
                .get("/api/v1/projects?size=1")
                .then()
                .statusCode(403)
                .header("Access-Control-Allow-Origin", nullValue());
    }
}
