package io.jixiao.project;

import static io.jixiao.project.World.admin;
import static io.jixiao.project.World.as;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jixiao.testsupport.EventProbe;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class FiscalYearResourceTest {
    static World world;

    @BeforeEach
    void setUp() {
        if (world == null) {
            world = World.create();
        }
    }

    @Test
    void closingAYearTwiceEmitsOneEventAndSaysSo() {
        as(admin())
                .contentType(ContentType.JSON)
                .body(Map.of("year", 2031, "scopeOrgCode", world.bureau))
                .post("/api/v1/fiscal-years")
                .then()
                .statusCode(201)
                .body("status", equalTo("OPEN"));

        as(world.financeReviewer())
                .post("/api/v1/fiscal-years/2031/close")
                .then()
                .statusCode(200)
                .body("status", equalTo("CLOSED"))
                .body("alreadyClosed", equalTo(false));
        as(admin())
                .post("/api/v1/fiscal-years/2031/close")
                .then()
                .statusCode(200)
                .body("status", equalTo("CLOSED"))
                .body("alreadyClosed", equalTo(true));

        var closed = EventProbe.read(
                "fiscal-years",
                EventProbe.keyed("2031").and(EventProbe.ofType("fiscal-year.closed.v1")),
                1,
                Duration.ofSeconds(20),
                Duration.ofSeconds(3));
        assertEquals(1, closed.size(), "one fiscal-year.closed.v1 however often the year is closed");
        assertTrue(
                closed.get(0).value().contains("\"scopeOrgPath\":\"/" + world.bureau + "/\""),
                closed.get(0).value());
    }

    /** 年度关闭 is irreversible: a finance bureau closes its own region's year, never another's or every region's. */
    @Test
    void aFinanceBureauClosesOnlyItsOwnRegionsYear() {
        World other = World.create();
        as(admin())
                .contentType(ContentType.JSON)
                .body(Map.of("year", 2034, "scopeOrgCode", other.bureau))
                .post("/api/v1/fiscal-years")
                .then()
                .statusCode(201);
        as(admin())
                .contentType(ContentType.JSON)
                .body(Map.of("year", 2035))
                .post("/api/v1/fiscal-years")
                .then()
                .statusCode(201);
        String machineClient =
                io.jixiao.testsupport.Tokens.of("finance-bureau-client", world.bureau, "finance-reviewer");

        for (String bureau : new String[] {world.financeReviewer(), machineClient}) {
            as(bureau)
                    .post("/api/v1/fiscal-years/2034/close")
                    .then()
                    .statusCode(403)
                    .contentType("application/problem+json");
            as(bureau)
                    .post("/api/v1/fiscal-years/2035/close")
                    .then()
                    .statusCode(403)
                    .contentType("application/problem+json");
        }
        as(admin()).get("/api/v1/fiscal-years/2034").then().body("status", equalTo("OPEN"));
        as(admin()).get("/api/v1/fiscal-years/2035").then().body("status", equalTo("OPEN"));
        as(other.financeReviewer())
                .post("/api/v1/fiscal-years/2034/close")
                .then()
                .statusCode(200)
                .body("status", equalTo("CLOSED"));
        as(admin())
                .post("/api/v1/fiscal-years/2035/close")
                .then()
                .statusCode(200)
                .body("status", equalTo("CLOSED"));
    }

    @Test
    void unitStaffCannotCloseAYearAndUnknownYearsAreNotFound() {
        World.ensureOpenYear(2032);
        as(world.staff()).post("/api/v1/fiscal-years/2032/close").then().statusCode(403);
        as(admin())
                .post("/api/v1/fiscal-years/1999/close")
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
        as(admin()).get("/api/v1/fiscal-years/2032").then().statusCode(200).body("status", equalTo("OPEN"));
    }

    @Test
    void aYearOpensOnceWithinSaneBounds() {
        World.ensureOpenYear(2033);
        as(admin())
                .contentType(ContentType.JSON)
                .body(Map.of("year", 2033))
                .post("/api/v1/fiscal-years")
                .then()
                .statusCode(409);
        as(admin())
                .contentType(ContentType.JSON)
                .body(Map.of("year", 1800))
                .post("/api/v1/fiscal-years")
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("year"));
        as(admin())
                .contentType(ContentType.JSON)
                .body("{\"year\": \"二〇二一\"}")
                .post("/api/v1/fiscal-years")
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("year"));
    }
}
