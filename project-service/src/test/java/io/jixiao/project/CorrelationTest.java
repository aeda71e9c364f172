package io.jixiao.project;

import static io.jixiao.project.World.as;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.jixiao.testsupport.EventProbe;
import io.jixiao.testsupport.KafkaTestBroker;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

/** One correlation id from the HTTP request to its event, and from a consumed event to the events it causes. */
@QuarkusTest
class CorrelationTest {
    @Test
    void aRequestsCorrelationIdTravelsWithItsEvent() {
        World world = World.create();
        World.ensureOpenYear(2026);
        String id = as(world.staff())
                .header("X-Correlation-Id", "req-4711")
                .contentType(ContentType.JSON)
                .body(Map.of("fiscalYear", 2026, "name", "关联号测试"))
                .post("/api/v1/projects")
                .then()
                .statusCode(201)
                .header("X-Correlation-Id", "req-4711")
                .extract()
                .path("id");
        var events =
                EventProbe.read("projects", EventProbe.keyed(id), 1, Duration.ofSeconds(30), Duration.ofSeconds(1));
        assertEquals("req-4711", EventProbe.header(events.get(0), "ce_correlationid"));
        as(world.staff())
                .header("X-Correlation-Id", "bad id\nwith a newline")
                .get("/api/v1/projects")
                .then()
                .header("X-Correlation-Id", org.hamcrest.Matchers.matchesPattern("[0-9a-f-]{36}"));
    }

    @Test
    void aConsumedEventsCorrelationIdTravelsWithTheEventsItCauses() throws Exception {
        String batch = UUID.randomUUID().toString();
        try (var producer = new KafkaProducer<String, String>(
                Map.of("bootstrap.servers", KafkaTestBroker.bootstrapServers()),
                new StringSerializer(),
                new StringSerializer())) {
            var r = new ProducerRecord<String, String>("imports", batch, """
                    {"batchId":"%s","key":"k1","orgCode":"NO-SUCH-ORG","requestedBy":"staff",
                     "project":{"fiscalYear":2021,"name":"关联号测试"}}""".formatted(batch));
            Map.of(
                            "ce_specversion",
                            "1.0",
                            "ce_id",
                            UUID.randomUUID().toString(),
                            "ce_type",
                            "import.project-requested.v1",
                            "ce_source",
                            "/indicator-service",
                            "ce_correlationid",
                            "import-0815")
                    .forEach((k, v) -> r.headers().add(k, v.getBytes(StandardCharsets.UTF_8)));
            producer.send(r).get();
        }
        var answers = EventProbe.read(
                "imports",
                EventProbe.keyed(batch).and(EventProbe.ofType("import.project-rejected.v1")),
                1,
                Duration.ofSeconds(30),
                Duration.ofSeconds(1));
        assertEquals("import-0815", EventProbe.header(answers.get(0), "ce_correlationid"));
    }
}
