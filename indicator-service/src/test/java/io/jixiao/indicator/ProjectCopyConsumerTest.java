package io.jixiao.indicator;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.jixiao.indicator.project.ProjectCopy;
import io.jixiao.testsupport.EventProbe;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** indicator-service keeps its own copy of projects from project-service's events, each event acting once. */
@QuarkusTest
class ProjectCopyConsumerTest {
    @Inject
    EntityManager em;

    static String project(UUID id, int version, String name) {
        return """
                {"id":"%s","version":%d,"fiscalYear":2021,"orgCode":"197001","orgPath":"/410100/197001/",
                 "name":"%s","amountUnit":"YUAN","yearAmount":1000000.00,"someFieldFromTheFuture":true}""".formatted(id, version, name);
    }

    @Test
    void aProjectEventDeliveredTwiceIsAppliedOnceAndAnOlderVersionNeverWins() throws Exception {
        UUID id = UUID.randomUUID();
        UUID registered = UUID.randomUUID();
        EventProbe.send("projects", id.toString(), "project.registered.v1", registered, project(id, 0, "劳动竞赛专项资金"));
        EventProbe.send("projects", id.toString(), "project.registered.v1", registered, project(id, 0, "劳动竞赛专项资金"));
        EventProbe.send("projects", id.toString(), "project.updated.v1", UUID.randomUUID(), project(id, 2, "改名后的项目"));
        EventProbe.send("projects", id.toString(), "project.updated.v1", UUID.randomUUID(), project(id, 1, "过时的名字"));
        // a sentinel on the same key (so the same partition, after the others): once its copy exists, every event
        // before it was handled
        UUID sentinel = UUID.randomUUID();
        EventProbe.send(
                "projects", id.toString(), "project.registered.v1", UUID.randomUUID(), project(sentinel, 0, "哨兵"));

        awaitCopy(sentinel, Duration.ofSeconds(30));
        ProjectCopy copy = QuarkusTransaction.requiringNew().call(() -> ProjectCopy.<ProjectCopy>findById(id));
        assertEquals("改名后的项目", copy.name);
        assertEquals(2, copy.version);
        assertEquals(0, new java.math.BigDecimal("1000000.00").compareTo(copy.yearAmount));
        assertEquals(1L, processedCount(registered), "the duplicate registered event was recorded once");
    }

    /** An admin moves a project to another unit: its table follows, the old unit loses it (security review M7). */
    @Test
    void aProjectMovedToAnotherUnitTakesItsTableAlong() throws Exception {
        Fixtures f = new Fixtures();
        UUID project = f.project(f.unit, 2021, "迁移测试");
        String table = Fixtures.as(f.staff())
                .body(Fixtures.laborCompetition(project))
                .post("/api/v1/target-tables")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        EventProbe.send("projects", project.toString(), "project.updated.v1", UUID.randomUUID(), """
                {"id":"%s","version":1,"fiscalYear":2021,"orgCode":"%s","orgPath":"%s","name":"迁移测试","amountUnit":"YUAN"}""".formatted(
                        project, f.otherUnit, f.path(f.otherUnit)));
        for (int i = 0;
                i < 150
                        && Fixtures.as(f.staff())
                                        .get("/api/v1/target-tables/" + table)
                                        .statusCode()
                                != 404;
                i++) {
            Thread.sleep(200);
        }
        Fixtures.as(f.staff()).get("/api/v1/target-tables/" + table).then().statusCode(404);
        Fixtures.as(f.staff())
                .body(Fixtures.laborCompetition(project))
                .put("/api/v1/target-tables/" + table)
                .then()
                .statusCode(404);
        Fixtures.as(f.otherStaff())
                .get("/api/v1/target-tables/" + table)
                .then()
                .statusCode(200)
                .body("orgCode", org.hamcrest.Matchers.equalTo(f.otherUnit));
    }

    private static void awaitCopy(UUID projectId, Duration timeout) throws InterruptedException {
        long end = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < end) {
            if (QuarkusTransaction.requiringNew().call(() -> ProjectCopy.findById(projectId)) != null) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the sentinel event was not consumed in time");
    }

    private long processedCount(UUID eventId) {
        return QuarkusTransaction.requiringNew()
                .call(() -> ((Number) em.createNativeQuery("SELECT count(*) FROM processed_event WHERE event_id = ?1")
                                .setParameter(1, eventId)
                                .getSingleResult())
                        .longValue());
    }
}
