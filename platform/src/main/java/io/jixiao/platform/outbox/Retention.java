package io.jixiao.platform.outbox;

import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import org.jboss.logging.Logger;

/**
 * Keeps the outbox and the inbox from growing for ever: published events and processed-event marks older than their
 * configured age are deleted in small batches (short transactions, no long lock). Unpublished events are never touched.
 * Also exposes the backlogs an operator alerts on: unpublished events and open dead letters.
 */
@ApplicationScoped
public class Retention {
    private static final Logger LOG = Logger.getLogger(Retention.class);

    @ConfigMapping(prefix = "jixiao.retention")
    public interface Config {
        /** Published events older than this are deleted. */
        @WithDefault("7d")
        Duration outboxAge();

        /**
         * Processed-event marks older than this are deleted; keep it longer than the topics' retention, or a record
         * redelivered after it could act twice.
         */
        @WithDefault("14d")
        Duration inboxAge();

        @WithDefault("5000")
        int batchSize();

        /** How often the purge runs. */
        @WithDefault("1h")
        Duration every();
    }

    private final AgroalDataSource dataSource;
    private final Config config;

    Retention(AgroalDataSource dataSource, Config config) {
        this.dataSource = dataSource;
        this.config = config;
    }

    void registerGauges(@Observes StartupEvent start, MeterRegistry metrics) {
        Gauge.builder(
                        "outbox.backlog",
                        this,
                        r -> r.count("SELECT count(*) FROM outbox_event WHERE published_at IS NULL"))
                .description("events written but not yet acknowledged by the broker")
                .register(metrics);
        Gauge.builder(
                        "consumer.dead.letters.open",
                        this,
                        r -> r.count("SELECT count(*) FROM dead_letter WHERE replayed_at IS NULL"))
                .description("parked records not replayed yet")
                .register(metrics);
    }

    /** What one purge deleted. */
    public record Purged(long events, long marks) {}

    @Scheduled(
            every = "{jixiao.retention.every}",
            delayed = "1m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduledPurge() {
        purge();
    }

    public Purged purge() {
        long events = deleteOlder(
                "DELETE FROM outbox_event WHERE id IN (SELECT id FROM outbox_event WHERE published_at"
                        + " < now() - ?::interval LIMIT ?)",
                config.outboxAge());
        long marks = deleteOlder(
                "DELETE FROM processed_event WHERE (event_id, consumer) IN (SELECT event_id, consumer"
                        + " FROM processed_event WHERE processed_at < now() - ?::interval LIMIT ?)",
                config.inboxAge());
        if (events + marks > 0) {
            LOG.infof("retention deleted %d published events and %d processed-event marks", events, marks);
        }
        return new Purged(events, marks);
    }

    /** Deletes in batches until a batch comes back short; each batch its own transaction (autocommit). */
    long deleteOlder(String sql, Duration age) {
        long total = 0;
        try (var connection = dataSource.getConnection();
                var ps = connection.prepareStatement(sql)) {
            ps.setString(1, age.toSeconds() + " seconds");
            ps.setInt(2, config.batchSize());
            int deleted;
            do {
                deleted = ps.executeUpdate();
                total += deleted;
            } while (deleted == config.batchSize());
        } catch (java.sql.SQLException e) {
            LOG.warnf("retention could not delete old rows: %s", e.getMessage());
        }
        return total;
    }

    private double count(String sql) {
        try (var connection = dataSource.getConnection();
                var ps = connection.prepareStatement(sql);
                var rs = ps.executeQuery()) {
            return rs.next() ? rs.getLong(1) : Double.NaN;
        } catch (java.sql.SQLException e) {
            return Double.NaN;
        }
    }
}
