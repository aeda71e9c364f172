package io.jixiao.platform.outbox;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.agroal.api.AgroalDataSource;
import io.jixiao.testsupport.EventProbe;
import io.jixiao.testsupport.KafkaTestBroker;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Three relays on one outbox (this service's and two more, as replicas would run them) with small batches. While one
 * replica has its turn (here: the test holds the relays' lock), the others send nothing; then one aggregate's events
 * reach the topic in the order they were committed, each once.
 */
@QuarkusTest
class RelayReplicasTest {
    @Inject
    AgroalDataSource db;

    @Test
    void replicasTakeTurnsSoOneAggregatesEventsStayInOrder() throws Exception {
        String aggregate = UUID.randomUUID().toString();
        int events = 60;
        List<OutboxRelay> replicas = List.of(replica(), replica());
        try (var turn = db.getConnection()) {
            turn.setAutoCommit(false);
            try (var ps = turn.prepareStatement("SELECT pg_advisory_xact_lock(?)")) {
                ps.setLong(1, OutboxRelay.RELAY_LOCK);
                ps.executeQuery().close();
            }
            // the events are committed while the turn is held, so no relay (this service's own included) sends early
            for (int i = 0; i < events; i++) {
                insert(UUID.randomUUID(), aggregate, "{\"n\":" + i + "}");
            }
            for (int round = 0; round < 10; round++) {
                replicas.forEach(OutboxRelay::wake);
                Thread.sleep(200);
            }
            assertEquals(events, unpublished(aggregate), "no replica sends while another has its turn");
            turn.rollback();
        }
        for (int round = 0; round < 20; round++) {
            replicas.forEach(OutboxRelay::wake);
            Thread.sleep(50);
        }
        var read = EventProbe.read(
                "relay-order", EventProbe.keyed(aggregate), events, Duration.ofSeconds(60), Duration.ofSeconds(3));
        replicas.forEach(r -> r.onStop(null));
        assertEquals(events, read.size(), "each event once");
        for (int i = 0; i < events; i++) {
            assertEquals("{\"n\":" + i + "}", read.get(i).value(), "event " + i + " in commit order");
        }
    }

    /**
     * An earlier event of an aggregate that the broker refuses (here: larger than the producer's max.request.size) holds
     * back the later events of that aggregate, which would otherwise reach consumers first; other aggregates go on.
     * Once the earlier one can be sent, both leave in commit order.
     */
    @Test
    void aFailedSendHoldsBackTheLaterEventsOfItsAggregateOnly() throws Exception {
        String held = UUID.randomUUID().toString();
        String other = UUID.randomUUID().toString();
        UUID tooLarge = UUID.randomUUID();
        insert(tooLarge, held, "{\"n\":0,\"pad\":\"" + "x".repeat(1_200_000) + "\"}");
        insert(UUID.randomUUID(), held, "{\"n\":1}");
        insert(UUID.randomUUID(), other, "{\"n\":0}");
        OutboxRelay relay = replica();
        try {
            for (int round = 0; round < 5; round++) {
                relay.wake();
                Thread.sleep(200);
            }
            assertEquals(
                    1,
                    EventProbe.read(
                                    "relay-order",
                                    EventProbe.keyed(other),
                                    1,
                                    Duration.ofSeconds(30),
                                    Duration.ofSeconds(1))
                            .size(),
                    "another aggregate's event is not held back");
            assertEquals(
                    List.of(),
                    EventProbe.read(
                            "relay-order", EventProbe.keyed(held), 1, Duration.ofSeconds(3), Duration.ofSeconds(3)),
                    "the later event waits behind the refused one");
            assertEquals(2, unpublished(held));
            try (var c = db.getConnection();
                    var ps = c.prepareStatement("SELECT last_error FROM outbox_event WHERE id = ?")) {
                ps.setObject(1, tooLarge);
                try (var rs = ps.executeQuery()) {
                    rs.next();
                    org.junit.jupiter.api.Assertions.assertTrue(
                            rs.getString(1).contains("RecordTooLarge"), rs.getString(1));
                }
            }

            // an operator shortens the payload (or raises the limit); the next round sends both, in order
            try (var c = db.getConnection();
                    var ps = c.prepareStatement("UPDATE outbox_event SET payload = '{\"n\":0}' WHERE id = ?")) {
                ps.setObject(1, tooLarge);
                ps.executeUpdate();
            }
            relay.wake();
            var read = EventProbe.read(
                    "relay-order", EventProbe.keyed(held), 2, Duration.ofSeconds(30), Duration.ofSeconds(2));
            assertEquals(
                    List.of("{\"n\":0}", "{\"n\":1}"),
                    read.stream().map(r -> r.value()).toList());
        } finally {
            relay.onStop(null);
        }
    }

    private void insert(UUID id, String aggregate, String payload) throws Exception {
        try (var c = db.getConnection();
                var ps = c.prepareStatement("INSERT INTO outbox_event (id, topic, aggregate_id,"
                        + " type, payload, occurred_at) VALUES (?, 'relay-order', ?, 'test.numbered.v1', ?, now())")) {
            ps.setObject(1, id);
            ps.setString(2, aggregate);
            ps.setString(3, payload);
            ps.executeUpdate();
        }
    }

    private long unpublished(String aggregate) throws Exception {
        try (var c = db.getConnection();
                var ps = c.prepareStatement(
                        "SELECT count(*) FROM outbox_event WHERE aggregate_id = ? AND published_at IS NULL")) {
            ps.setString(1, aggregate);
            try (var rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private OutboxRelay replica() {
        OutboxConfig small = new OutboxConfig() {
            @Override
            public Duration pollInterval() {
                return Duration.ofSeconds(1);
            }

            @Override
            public int batchSize() {
                return 3;
            }

            @Override
            public Optional<List<String>> topics() {
                return Optional.empty();
            }

            @Override
            public Duration sendTimeout() {
                return Duration.ofSeconds(6);
            }

            @Override
            public int maxEventBytes() {
                return 900_000;
            }
        };
        return new OutboxRelay(db, small, new SimpleMeterRegistry(), KafkaTestBroker.bootstrapServers(), "replica");
    }
}
