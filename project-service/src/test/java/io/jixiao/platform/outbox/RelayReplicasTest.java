package io.jixiao.platform.outbox;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.agroal.api.AgroalDataSource;
import io.jixiao.testsupport.EventProbe;
import io.jixiao.testsupport.KafkaTestBroker;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;

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
        try (var c = db.getConnection(); var ps = c.prepareStatement("INSERT INTO outbox_event (id, topic, aggregate_id,"
                + " type, payload, occurred_at) VALUES (?, 'relay-order', ?, 'test.numbered.v1', ?, now())")) {
            for (int i = 0; i < events; i++) {
                ps.setObject(1, UUID.randomUUID());
                ps.setString(2, aggregate);
                ps.setString(3, "{\"n\":" + i + "}");
                ps.addBatch();
            }
            ps.executeBatch();
        }
        List<OutboxRelay> replicas = List.of(replica(), replica());
        try (var turn = db.getConnection()) {
            turn.setAutoCommit(false);
            try (var ps = turn.prepareStatement("SELECT pg_advisory_xact_lock(?)")) {
                ps.setLong(1, OutboxRelay.RELAY_LOCK);
                ps.executeQuery().close();
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
        var read = EventProbe.read("relay-order", EventProbe.keyed(aggregate), events, Duration.ofSeconds(60),
                Duration.ofSeconds(3));
        replicas.forEach(r -> r.onStop(null));
        assertEquals(events, read.size(), "each event once");
        for (int i = 0; i < events; i++) {
            assertEquals("{\"n\":" + i + "}", read.get(i).value(), "event " + i + " in commit order");
        }
    }

    private long unpublished(String aggregate) throws Exception {
        try (var c = db.getConnection(); var ps = c.prepareStatement(
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
