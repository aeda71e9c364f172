package io.jixiao.platform.outbox;

import io.agroal.api.AgroalDataSource;
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
 * The relay's throughput with one instance and with two taking turns (the replica design): 20,000 committed events of
 * 200 aggregates, from the outbox to acknowledged by the broker; and the worst case of the per-aggregate waves, a burst
 * of 2,000 events of one aggregate (one round trip per event). Prints events per second; no assertion on time.
 * Run: mvn -B -q install -DskipTests && mvn -B test -pl project-service -Dtest=RelayBenchmark
 */
@QuarkusTest
class RelayBenchmark {
    static final int EVENTS = 20_000;

    @Inject
    AgroalDataSource db;

    @Inject
    OutboxRelay relay;

    @Test
    void oneRelayAndTwoTakingTurns() throws Exception {
        measure("warm-up (JIT, connections, topic metadata)", List.of(relay));
        measure("one relay", List.of(relay));
        OutboxRelay replica = new OutboxRelay(
                db, config(), new SimpleMeterRegistry(), KafkaTestBroker.bootstrapServers(), "bench-replica");
        try {
            measure("two relays taking turns", List.of(relay, replica));
            measure("one relay again", List.of(relay));
            measure("two relays taking turns again", List.of(relay, replica));
            measure("one relay, a burst of one aggregate", List.of(relay), 2_000, 1);
        } finally {
            replica.onStop(null);
        }
    }

    private void measure(String label, List<OutboxRelay> relays) throws Exception {
        measure(label, relays, EVENTS, 200);
    }

    private void measure(String label, List<OutboxRelay> relays, int events, int aggregates) throws Exception {
        String topic = "relay-bench-" + UUID.randomUUID().toString().substring(0, 8);
        try (var c = db.getConnection();
                var ps = c.prepareStatement(
                        "INSERT INTO outbox_event (id, topic, aggregate_id,"
                                + " type, payload, occurred_at) SELECT gen_random_uuid(), ?, 'agg-' || (n % ?), 'bench.v1',"
                                + " '{\"n\":' || n || ',\"pad\":\"' || repeat('x', 400) || '\"}', now() FROM generate_series(1, ?) n")) {
            ps.setString(1, topic);
            ps.setInt(2, aggregates);
            ps.setInt(3, events);
            ps.executeUpdate();
        }
        long start = System.nanoTime();
        while (pending(topic) > 0) {
            relays.forEach(OutboxRelay::wake);
            Thread.sleep(20);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf(
                "relay benchmark, %s: %,d events (≈0.5 KB) in %.2f s = %,.0f events/s%n",
                label, events, seconds, events / seconds);
    }

    private long pending(String topic) throws Exception {
        try (var c = db.getConnection();
                var ps = c.prepareStatement(
                        "SELECT count(*) FROM outbox_event WHERE topic = ? AND published_at IS NULL")) {
            ps.setString(1, topic);
            try (var rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static OutboxConfig config() {
        return new OutboxConfig() {
            @Override
            public Duration pollInterval() {
                return Duration.ofSeconds(1);
            }

            @Override
            public int batchSize() {
                return 200;
            }

            @Override
            public Optional<List<String>> topics() {
                return Optional.empty();
            }

            @Override
            public Duration sendTimeout() {
                return Duration.ofSeconds(15);
            }

            @Override
            public int maxEventBytes() {
                return 900_000;
            }
        };
    }
}
