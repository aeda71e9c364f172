package io.jixiao.project;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.jixiao.testsupport.EventProbe;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * indicator-service's imports ask for projects on the imports topic: a new project is registered once however often the
 * request arrives, an existing one of the same year and name is answered, and what cannot be registered is rejected
 * with reasons instead of retried forever.
 */
@QuarkusTest
class ImportRequestTest {
    private final ObjectMapper json = new ObjectMapper();
    private World world;

    @BeforeEach
    void setUp() {
        world = World.create();
        World.ensureOpenYear(2023);
    }

    @Test
    void aRequestedProjectIsRegisteredOnceAndAnswered() throws Exception {
        String batch = UUID.randomUUID().toString();
        // unreadable requests are skipped (and logged), not poison pills that stop the channel
        EventProbe.send("imports", batch, "import.project-requested.v1", UUID.randomUUID(), "not json at all");
        EventProbe.send("imports", batch, "import.project-requested.v1", UUID.randomUUID(), "{\"key\":\"k\"}");
        String request = request(batch, "import:" + batch + ":1", world.unit, 2023, "职工医疗互助经费");
        UUID id = UUID.randomUUID();
        EventProbe.send("imports", batch, "import.project-requested.v1", id, request);
        EventProbe.send("imports", batch, "import.project-requested.v1", id, request); // redelivered
        String again = request(batch, "import:" + batch + ":2", world.unit, 2023, "职工医疗互助经费");
        EventProbe.send(
                "imports", batch, "import.project-requested.v1", UUID.randomUUID(), again); // same project again

        List<ConsumerRecord<String, String>> answers = EventProbe.read(
                "imports",
                EventProbe.ofType("import.project-resolved.v1").and(EventProbe.keyed(batch)),
                2,
                Duration.ofSeconds(30),
                Duration.ofSeconds(2));
        assertEquals(2, answers.size(), "one answer per distinct request");
        JsonNode first = json.readTree(answers.get(0).value());
        JsonNode second = json.readTree(answers.get(1).value());
        assertTrue(first.path("created").asBoolean());
        assertFalse(second.path("created").asBoolean(), "the organisation's project of that year and name is reused");
        assertEquals(
                first.path("project").path("id").asText(),
                second.path("project").path("id").asText());
        assertEquals(
                0,
                new java.math.BigDecimal("1500000.00")
                        .compareTo(first.path("project").path("yearAmount").decimalValue()));
        assertEquals("WAN_YUAN", first.path("project").path("amountUnit").asText());
        assertEquals(
                1,
                EventProbe.read(
                                "projects",
                                EventProbe.ofType("project.registered.v1")
                                        .and(EventProbe.keyed(
                                                first.path("project").path("id").asText())),
                                1,
                                Duration.ofSeconds(10),
                                Duration.ofSeconds(1))
                        .size());
    }

    @Test
    void aDepartmentsImportAttachesToTheProjectItsUnitRegistered() throws Exception {
        String batch = UUID.randomUUID().toString();
        EventProbe.send(
                "imports",
                batch,
                "import.project-requested.v1",
                UUID.randomUUID(),
                request(batch, "import:" + batch + ":1", world.unit, 2023, "市财政帮扶配套"));
        String unitProject = json.readTree(EventProbe.read(
                                "imports",
                                EventProbe.ofType("import.project-resolved.v1").and(EventProbe.keyed(batch)),
                                1,
                                Duration.ofSeconds(30),
                                Duration.ofSeconds(1))
                        .get(0)
                        .value())
                .path("project")
                .path("id")
                .asText();
        String deptBatch = UUID.randomUUID().toString();
        EventProbe.send(
                "imports",
                deptBatch,
                "import.project-requested.v1",
                UUID.randomUUID(),
                request(deptBatch, "import:" + deptBatch + ":1", world.dept, 2023, "市财政帮扶配套"));
        JsonNode answer = json.readTree(EventProbe.read(
                        "imports",
                        EventProbe.ofType("import.project-resolved.v1").and(EventProbe.keyed(deptBatch)),
                        1,
                        Duration.ofSeconds(30),
                        Duration.ofSeconds(1))
                .get(0)
                .value());
        assertFalse(answer.path("created").asBoolean());
        assertEquals(unitProject, answer.path("project").path("id").asText());
        assertEquals(world.unit, answer.path("project").path("orgCode").asText());
    }

    @Test
    void aProjectThatCannotBeRegisteredIsRejectedWithReasons() throws Exception {
        String batch = UUID.randomUUID().toString();
        EventProbe.send(
                "imports",
                batch,
                "import.project-requested.v1",
                UUID.randomUUID(),
                request(batch, "import:" + batch + ":1", "NO-SUCH-ORG", 2023, "某项目"));
        EventProbe.send(
                "imports",
                batch,
                "import.project-requested.v1",
                UUID.randomUUID(),
                request(batch, "import:" + batch + ":2", world.unit, 1990, "过去的项目"));
        List<ConsumerRecord<String, String>> rejected = EventProbe.read(
                "imports",
                EventProbe.ofType("import.project-rejected.v1").and(EventProbe.keyed(batch)),
                2,
                Duration.ofSeconds(30),
                Duration.ofSeconds(2));
        assertEquals(2, rejected.size());
        String reasons = rejected.stream().map(ConsumerRecord::value).reduce("", String::concat);
        assertTrue(reasons.contains("no organisation has code NO-SUCH-ORG"), reasons);
        assertTrue(reasons.contains("fiscalYear"), reasons);
    }

    private static String request(String batch, String key, String org, int year, String name) {
        return """
                {"batchId":"%s","key":"%s","orgCode":"%s","requestedBy":"staff",
                 "project":{"fiscalYear":%d,"amountUnit":"WAN_YUAN","name":"%s","unitName":"滁州市总工会",
                            "attribute":"经常性项目","yearAmount":1500000.00,"midTermTotal":750000.00,"fiscalFunds":1500000.00,
                            "otherFunds":0.00,"midTermStartYear":2023,"midTermEndYear":2024}}""".formatted(batch, key, org, year, name);
    }
}
