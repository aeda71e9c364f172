package io.jixiao.evaluation;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.jixiao.testsupport.EventProbe;
import io.jixiao.testsupport.Tokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * An admin lists parked records and replays them once the cause is gone. Here the cause is a lock another
 * transaction holds longer than the consumer waits: the review outcome is retried, parked, and applied by the replay.
 */
@QuarkusTest
class DeadLetterReplayTest {
    static final String ADMIN = Tokens.of("admin", null, "admin");
    final String s = UUID.randomUUID().toString().substring(0, 6);

    @Inject
    EntityManager em;

    @Test
    void aRecordParkedBehindALockIsAppliedByItsReplay() throws Exception {
        UUID project = UUID.randomUUID();
        EventProbe.send(
                "target-tables",
                UUID.randomUUID().toString(),
                "target-table.approved.v1",
                UUID.randomUUID(),
                """
                {"table":{"id":"%s","projectId":"%s","projectName":"死信重放","orgCode":"U%s","orgPath":"/F%s/U%s/",
                  "fiscalYear":2021,"indicators":[{"level1":"产出指标","level2":"数量指标","name":"帮扶人数","target":"≥100人"}]},
                 "version":1}""".formatted(UUID.randomUUID(), project, s, s, s));
        String staff = Tokens.of("staff", "U" + s, "unit-staff");
        String id = awaitEvaluation(project);
        given().auth()
                .oauth2(staff)
                .contentType("application/json")
                .body(Map.of(
                        "goalActual",
                        "完成",
                        "budget",
                        Map.of("adjusted", 100, "executed", 100),
                        "indicators",
                        List.of(Map.of("actual", "120人"))))
                .put("/api/v1/evaluations/" + id)
                .then()
                .statusCode(200);
        given().auth()
                .oauth2(staff)
                .post("/api/v1/evaluations/" + id + "/submit")
                .then()
                .statusCode(200);

        var pool = Executors.newSingleThreadExecutor();
        CountDownLatch locked = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Future<?> holder = pool.submit(() -> QuarkusTransaction.requiringNew().run(() -> {
            em.createNativeQuery("SELECT id FROM evaluation WHERE id = ?1 FOR UPDATE")
                    .setParameter(1, UUID.fromString(id))
                    .getResultList();
            locked.countDown();
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }));
        locked.await();
        UUID eventId = UUID.randomUUID();
        EventProbe.send("reviews", id, "review.completed.v1", eventId, """
                {"subjectType":"EVALUATION","subjectId":"%s","version":1,"outcome":"APPROVED","grade":"优","opinion":"同意"}""".formatted(id));
        String letter = awaitLetter(eventId);
        release.countDown();
        holder.get();
        pool.shutdown();

        given().auth()
                .oauth2(ADMIN)
                .get("/api/v1/dead-letters/" + letter)
                .then()
                .statusCode(200)
                .body("consumer", equalTo("evaluation.review-outcome"))
                .body("reason", containsString("lock"))
                .body("attempts", equalTo(4))
                .body("replayedAt", nullValue());
        given().auth().oauth2(staff).get("/api/v1/evaluations/" + id).then().body("status", equalTo("SUBMITTED"));
        given().auth()
                .oauth2(Tokens.of("auditor", null, "auditor"))
                .post("/api/v1/dead-letters/" + letter + "/replay")
                .then()
                .statusCode(403);

        given().auth()
                .oauth2(ADMIN)
                .post("/api/v1/dead-letters/" + letter + "/replay")
                .then()
                .statusCode(200)
                .body("replayedAt", notNullValue())
                .body("replayedBy", equalTo("admin"));
        given().auth().oauth2(staff).get("/api/v1/evaluations/" + id).then().body("status", equalTo("APPROVED"));
        given().auth()
                .oauth2(ADMIN)
                .post("/api/v1/dead-letters/" + letter + "/replay")
                .then()
                .statusCode(409);
        given().auth()
                .oauth2(ADMIN)
                .get("/api/v1/dead-letters?consumer=evaluation.review-outcome&size=500")
                .then()
                .body("items.id", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem(letter)));
    }

    @Test
    void aRecordThatIsNoCloudEventCannotBeReplayedAndSaysWhy() throws Exception {
        long before = io.jixiao.testsupport.PoisonRecords.parked("evaluation.review-outcome", ADMIN);
        try (var producer = new org.apache.kafka.clients.producer.KafkaProducer<String, String>(
                java.util.Map.of("bootstrap.servers", io.jixiao.testsupport.KafkaTestBroker.bootstrapServers()),
                new org.apache.kafka.common.serialization.StringSerializer(),
                new org.apache.kafka.common.serialization.StringSerializer())) {
            producer.send(new org.apache.kafka.clients.producer.ProducerRecord<>("reviews", "x" + s, "{}"))
                    .get();
        }
        String letter = null;
        for (int i = 0; i < 150 && letter == null; i++) {
            List<Map<String, Object>> items = given().auth()
                    .oauth2(ADMIN)
                    .get("/api/v1/dead-letters?consumer=evaluation.review-outcome&size=500")
                    .then()
                    .extract()
                    .path("items");
            letter = items.stream()
                    .filter(l -> ("x" + s).equals(l.get("key")))
                    .map(l -> (String) l.get("id"))
                    .findFirst()
                    .orElse(null);
            Thread.sleep(200);
        }
        org.junit.jupiter.api.Assertions.assertNotNull(letter, "the record without headers was parked");
        org.junit.jupiter.api.Assertions.assertTrue(
                io.jixiao.testsupport.PoisonRecords.parked("evaluation.review-outcome", ADMIN) > before);
        given().auth()
                .oauth2(ADMIN)
                .post("/api/v1/dead-letters/" + letter + "/replay")
                .then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("detail", containsString("not a CloudEvent"));
    }

    private String awaitEvaluation(UUID project) throws InterruptedException {
        for (int i = 0; i < 150; i++) {
            List<String> ids = given().auth()
                    .oauth2(ADMIN)
                    .get("/api/v1/evaluations?projectId=" + project)
                    .then()
                    .extract()
                    .path("items.id");
            if (!ids.isEmpty()) {
                return ids.get(0);
            }
            Thread.sleep(200);
        }
        throw new AssertionError("no evaluation for " + project);
    }

    private String awaitLetter(UUID eventId) throws InterruptedException {
        for (int i = 0; i < 300; i++) {
            List<Map<String, Object>> items = given().auth()
                    .oauth2(ADMIN)
                    .get("/api/v1/dead-letters?consumer=evaluation.review-outcome&size=500")
                    .then()
                    .extract()
                    .path("items");
            for (Map<String, Object> l : items) {
                if (eventId.toString().equals(l.get("eventId"))) {
                    return (String) l.get("id");
                }
            }
            Thread.sleep(200);
        }
        throw new AssertionError("the review outcome was not parked");
    }
}
