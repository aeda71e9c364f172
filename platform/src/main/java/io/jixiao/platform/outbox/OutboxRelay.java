package io.jixiao.platform.outbox;

import io.agroal.api.AgroalDataSource;
import io.jixiao.platform.event.CloudEvents;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.Config;
import org.jboss.logging.Logger;

/**
 * Publishes outbox rows to Kafka in commit order and stamps them only after the broker acknowledged them.
 * Woken right after each commit; the scheduled poll picks up whatever a crash or a broker outage left behind.
 * Delivery is at-least-once: a row whose acknowledgement was lost is sent again, which idempotent consumers absorb.
 */
@ApplicationScoped
public class OutboxRelay {
    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    private static final String SELECT_PENDING =
            "SELECT id, topic, aggregate_id, type, payload, occurred_at, correlation_id FROM outbox_event"
                    + " WHERE published_at IS NULL ORDER BY seq LIMIT ? FOR UPDATE SKIP LOCKED";

    private final AgroalDataSource dataSource;
    private final OutboxConfig config;
    private final String bootstrapServers;
    private final String source;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> new Thread(r, "outbox-relay"));
    private final AtomicBoolean queued = new AtomicBoolean();
    private final Counter published;
    private final Counter failures;
    private volatile KafkaProducer<String, String> producer;
    private volatile boolean stopped;

    /**
     * The broker and the service's name are Kafka's and Quarkus's own settings, not ours: read from the service's
     * configuration as the SmallRye channels read them (see {@link KafkaSettings}), not restated under jixiao.*.
     */
    @Inject
    OutboxRelay(AgroalDataSource dataSource, OutboxConfig config, MeterRegistry metrics, Config settings) {
        this(
                dataSource,
                config,
                metrics,
                settings.getValue("kafka.bootstrap.servers", String.class),
                settings.getValue("quarkus.application.name", String.class));
    }

    /** A relay for a given broker and source name: the tests run several replicas in one JVM. */
    OutboxRelay(
            AgroalDataSource dataSource,
            OutboxConfig config,
            MeterRegistry metrics,
            String bootstrapServers,
            String applicationName) {
        this.dataSource = dataSource;
        this.config = config;
        this.bootstrapServers = bootstrapServers;
        this.source = "/" + applicationName;
        this.published = metrics.counter("outbox.events.published");
        this.failures = metrics.counter("outbox.publish.failures");
    }

    void onStart(@Observes StartupEvent event) {
        // connect before the first event needs it: a user waits on the first submission as much as on any other
        worker.execute(() -> config.topics().orElse(List.of()).forEach(topic -> {
            try {
                producer().partitionsFor(topic);
            } catch (RuntimeException e) {
                LOG.debugf("outbox relay: broker not reachable yet (%s); events wait in the outbox", e.getMessage());
            }
        }));
        wake();
    }

    void onStop(@Observes ShutdownEvent event) {
        stopped = true;
        worker.shutdown();
        try {
            worker.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (producer != null) {
            producer.close(java.time.Duration.ofSeconds(2));
        }
    }

    @Scheduled(every = "{jixiao.outbox.poll-interval}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void poll() {
        wake();
    }

    /** Asks for a drain; several wake-ups while one is queued collapse into that one. */
    public void wake() {
        if (stopped || !queued.compareAndSet(false, true)) {
            return;
        }
        try {
            worker.execute(() -> {
                queued.set(false);
                drain();
            });
        } catch (java.util.concurrent.RejectedExecutionException e) {
            queued.set(false);
        }
    }

    private void drain() {
        try {
            while (!stopped && publishBatch() == config.batchSize()) {
                // a full batch means more may be waiting
            }
        } catch (Exception e) {
            failures.increment();
            LOG.warnf("outbox relay: publishing paused, will retry in %s: %s", config.pollInterval(), e.toString());
        }
    }

    /** Sends one batch and stamps the rows the broker acknowledged; returns how many rows were read. */
    private int publishBatch() throws Exception {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                if (!relayTurn(c)) {
                    c.rollback();
                    return 0; // another replica is relaying right now; its rounds keep the order
                }
                List<Pending> batch = readPending(c);
                java.util.Map<UUID, String> failed = new java.util.LinkedHashMap<>();
                List<UUID> acked = send(batch, failed);
                markPublished(c, acked);
                markFailed(c, failed);
                c.commit();
                published.increment(acked.size());
                if (acked.size() < batch.size()) {
                    return -1; // stop draining; the poll retries
                }
                return batch.size();
            } catch (Exception e) {
                c.rollback();
                throw e;
            }
        }
    }

    /**
     * One relay at a time per service: a transaction-scoped advisory lock, taken without waiting, makes the replicas of
     * a service take turns, so a later event of an aggregate can never leave on one replica while an earlier one waits
     * on another. It is released with the batch's transaction, or when a crashed replica's connection drops.
     */
    private static boolean relayTurn(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT pg_try_advisory_xact_lock(?)")) {
            ps.setLong(1, RELAY_LOCK);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() && rs.getBoolean(1);
            }
        }
    }

    /** The advisory-lock key of the relay: the same in every replica of a service (each service has its database). */
    static final long RELAY_LOCK = 0x6A69786961_6F4FL; // "jixiaoO"

    private List<Pending> readPending(Connection c) throws SQLException {
        List<Pending> batch = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(SELECT_PENDING)) {
            ps.setInt(1, config.batchSize());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    batch.add(new Pending(
                            rs.getObject(1, UUID.class),
                            rs.getString(2),
                            rs.getString(3),
                            rs.getString(4),
                            rs.getString(5),
                            rs.getObject(6, OffsetDateTime.class),
                            rs.getString(7)));
                }
            }
        }
        return batch;
    }

    /**
     * Sends the batch in waves: the first pending event of every aggregate, then (once those are acknowledged) the
     * second, and so on. An event leaves only after every earlier event of its aggregate was acknowledged, so a failed
     * send holds back the later events of that aggregate (they wait for the next round, behind it) and never lets them
     * overtake it; other aggregates go on. Most batches are one wave (one event per aggregate); a burst of one aggregate
     * costs one round trip per event. After a failure the producer is discarded with whatever it still buffers, so
     * nothing it held can reach the broker later and duplicate the retry.
     */
    private List<UUID> send(List<Pending> batch, java.util.Map<UUID, String> failed) {
        List<UUID> acked = new ArrayList<>();
        java.util.Set<String> blocked = new java.util.HashSet<>();
        for (List<Pending> wave : waves(batch)) {
            // an aggregate whose earlier event failed waits behind that one, in the outbox
            List<Pending> ready = wave.stream()
                    .filter(e -> !blocked.contains(e.aggregateId()))
                    .toList();
            blocked.addAll(sendWave(ready, acked, failed));
        }
        if (!failed.isEmpty()) {
            failures.increment();
            LOG.warnf(
                    "outbox relay: %d of %d events not acknowledged: %s",
                    batch.size() - acked.size(),
                    batch.size(),
                    failed.values().iterator().next());
            discardProducer();
        }
        return acked;
    }

    /** Sends one wave and waits for its acknowledgements; answers the aggregates whose event failed. */
    private java.util.Set<String> sendWave(List<Pending> wave, List<UUID> acked, java.util.Map<UUID, String> failed) {
        java.util.Set<String> failedAggregates = new java.util.HashSet<>();
        if (wave.isEmpty()) {
            return failedAggregates;
        }
        KafkaProducer<String, String> p = producer();
        List<Future<RecordMetadata>> futures = new ArrayList<>();
        RuntimeException unreachable = null;
        for (Pending event : wave) {
            if (unreachable == null) {
                try {
                    futures.add(p.send(event.toRecord(source)));
                    continue;
                } catch (RuntimeException e) {
                    unreachable = e;
                }
            }
            // the broker did not answer for an earlier one: do not wait max.block.ms once more for each of the others
            futures.add(java.util.concurrent.CompletableFuture.failedFuture(unreachable));
        }
        // wait past the producer's own delivery timeout: a record we give up on is one the producer gave up on too
        long deadline = System.nanoTime() + deliveryTimeoutMs() * 1_000_000L + 5_000_000_000L;
        for (int i = 0; i < futures.size(); i++) {
            Pending event = wave.get(i);
            try {
                futures.get(i).get(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                acked.add(event.id());
            } catch (Exception e) {
                failedAggregates.add(event.aggregateId());
                Throwable cause =
                        e instanceof java.util.concurrent.ExecutionException && e.getCause() != null ? e.getCause() : e;
                failed.put(event.id(), cause.getClass().getSimpleName() + ": " + cause.getMessage());
            }
        }
        return failedAggregates;
    }

    /** The batch (in commit order) as waves: wave k holds the k-th event of each aggregate, in commit order. */
    static <E> List<List<E>> waves(List<E> batch, java.util.function.Function<E, String> aggregate) {
        java.util.Map<String, Integer> seen = new java.util.HashMap<>();
        List<List<E>> waves = new ArrayList<>();
        for (E event : batch) {
            int k = seen.merge(aggregate.apply(event), 1, Integer::sum) - 1;
            if (k == waves.size()) {
                waves.add(new ArrayList<>());
            }
            waves.get(k).add(event);
        }
        return waves;
    }

    private static List<List<Pending>> waves(List<Pending> batch) {
        return waves(batch, Pending::aggregateId);
    }

    private synchronized void discardProducer() {
        if (producer != null) {
            producer.close(java.time.Duration.ZERO);
            producer = null;
        }
    }

    private void markPublished(Connection c, List<UUID> ids) throws SQLException {
        if (ids.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = c.prepareStatement(
                "UPDATE outbox_event SET published_at = now(), attempts = attempts + 1 WHERE id = ANY (?)")) {
            Array array = c.createArrayOf("uuid", ids.toArray());
            ps.setArray(1, array);
            ps.executeUpdate();
        }
    }

    /** Counts the attempt and keeps the reason on every event the broker did not acknowledge (what an operator reads). */
    private void markFailed(Connection c, java.util.Map<UUID, String> failed) throws SQLException {
        if (failed.isEmpty()) {
            return;
        }
        try (PreparedStatement ps =
                c.prepareStatement("UPDATE outbox_event SET attempts = attempts + 1, last_error = ? WHERE id = ?")) {
            for (var e : failed.entrySet()) {
                String reason = e.getValue();
                ps.setString(1, reason.length() > 2000 ? reason.substring(0, 2000) : reason);
                ps.setObject(2, e.getKey());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private KafkaProducer<String, String> producer() {
        KafkaProducer<String, String> p = producer;
        if (p == null) {
            synchronized (this) {
                if (producer == null) {
                    producer =
                            new KafkaProducer<>(producerProperties(), new StringSerializer(), new StringSerializer());
                }
                p = producer;
            }
        }
        return p;
    }

    private Properties producerProperties() {
        Properties props = KafkaSettings.producer(
                org.eclipse.microprofile.config.ConfigProvider.getConfig(), source.substring(1), deliveryTimeoutMs());
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        return props;
    }

    private long deliveryTimeoutMs() {
        return Math.max(config.sendTimeout().toMillis(), 6000);
    }

    private record Pending(
            UUID id,
            String topic,
            String aggregateId,
            String type,
            String payload,
            OffsetDateTime occurredAt,
            String correlationId) {
        ProducerRecord<String, String> toRecord(String source) {
            ProducerRecord<String, String> r = new ProducerRecord<>(topic, aggregateId, payload);
            header(r, CloudEvents.SPEC_VERSION, CloudEvents.VERSION_1_0);
            header(r, CloudEvents.ID, id.toString());
            header(r, CloudEvents.SOURCE, source);
            header(r, CloudEvents.TYPE, type);
            header(r, CloudEvents.TIME, occurredAt.toInstant().toString());
            header(r, CloudEvents.SUBJECT, aggregateId);
            header(r, CloudEvents.CONTENT_TYPE, CloudEvents.JSON);
            if (correlationId != null) {
                header(r, io.jixiao.platform.event.Correlation.EVENT_HEADER, correlationId);
            }
            return r;
        }

        private static void header(ProducerRecord<String, String> r, String name, String value) {
            r.headers().add(name, value.getBytes(StandardCharsets.UTF_8));
        }
    }
}
