package io.jixiao.project;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.agroal.api.AgroalDataSource;
import io.jixiao.testsupport.EventProbe;
import io.jixiao.testsupport.KafkaTestBroker;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The broker dies; users keep working; when it is back every event arrives, once. */
@QuarkusTest
class OutboxResilienceTest {
    static World world;

    @Inject
    AgroalDataSource db;

    @BeforeEach
    void setUp() {
        if (world == null) {
            world = World.create();
        }
        World.ensureOpenYear(ProjectResourceTest.YEAR);
    }

    @Test
    void eventsWrittenWhileTheBrokerIsDownArriveOnceItIsBack() throws Exception {
        KafkaTestBroker.kill();
        String id;
        try {
            id = ProjectResourceTest.register(world.staff(), ProjectResourceTest.seed000());
            Thread.sleep(6000); // several relay attempts fail meanwhile
            assertEquals(1, pending(id), "the event waits in the outbox while the broker is down");
        } finally {
            KafkaTestBroker.restart();
        }
        var events =
                EventProbe.read("projects", EventProbe.keyed(id), 1, Duration.ofSeconds(60), Duration.ofSeconds(4));
        assertEquals(1, events.size(), "exactly one project.registered.v1 after the broker came back");
        assertEquals(0, pending(id), "the outbox row is stamped published");
    }

    @Test
    void anEventLeftUnpublishedByACrashIsPublishedByTheNextRelayRound() throws Exception {
        // the state of the database after a crash between commit and publish: a committed, unstamped outbox row
        String aggregate = java.util.UUID.randomUUID().toString();
        try (var c = db.getConnection();
                var ps = c.prepareStatement("INSERT INTO outbox_event (id, topic, aggregate_id, type,"
                        + " payload, occurred_at) VALUES (?, 'projects', ?, 'project.updated.v1', '{\"id\":\""
                        + aggregate + "\"}', now())")) {
            ps.setObject(1, java.util.UUID.randomUUID());
            ps.setString(2, aggregate);
            ps.executeUpdate();
        }
        var events = EventProbe.read(
                "projects", EventProbe.keyed(aggregate), 1, Duration.ofSeconds(30), Duration.ofSeconds(2));
        assertEquals(1, events.size());
        assertEquals("project.updated.v1", EventProbe.header(events.get(0), "ce_type"));
        assertEquals(0, pending(aggregate));
    }

    private int pending(String aggregateId) throws Exception {
        try (var c = db.getConnection();
                var ps = c.prepareStatement(
                        "SELECT count(*) FROM outbox_event WHERE aggregate_id = ? AND published_at IS NULL")) {
            ps.setString(1, aggregateId);
            try (var rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }
}
