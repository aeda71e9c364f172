package io.jixiao.platform.consumer;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.jixiao.platform.event.CloudEvents;
import io.jixiao.platform.json.Times;
import io.jixiao.platform.outbox.Outbox;
import io.jixiao.platform.problem.ProblemException;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.jboss.logging.Logger;

/**
 * The parked records (死信) of this service's consumers: stored with the record's position, headers, payload and the
 * reason, counted in {@code consumer.dead.letters}, and announced on the dead-letter topic through the outbox.
 */
@ApplicationScoped
public class DeadLetters {
    private static final Logger LOG = Logger.getLogger(DeadLetters.class);
    static final String PARKED = "consumer.dead-lettered.v1";
    private static final String COLUMNS = "id, consumer, topic, kafka_partition, kafka_offset, record_key, event_id,"
            + " event_type, headers, payload, reason, attempts, created_at, replayed_at, replayed_by";

    private final EntityManager em;
    private final Outbox outbox;
    private final ObjectMapper json;
    private final MeterRegistry metrics;
    private final ConsumerConfig config;

    DeadLetters(EntityManager em, Outbox outbox, ObjectMapper json, MeterRegistry metrics, ConsumerConfig config) {
        this.em = em;
        this.outbox = outbox;
        this.json = json;
        this.metrics = metrics;
        this.config = config;
    }

    /** Parks a record in a transaction of its own; a record parked before (a redelivery) is parked once. */
    public void park(ConsumerRecord<String, String> record, String consumer, String reason, int attempts) {
        Map<String, String> headers = headers(record);
        UUID id = UUID.randomUUID();
        boolean inserted = QuarkusTransaction.requiringNew().call(() -> {
            int rows = em.createNativeQuery(
                            "INSERT INTO dead_letter (id, consumer, topic, kafka_partition, kafka_offset,"
                                    + " record_key, event_id, event_type, headers, payload, reason, attempts)"
                                    + " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12) ON CONFLICT DO NOTHING")
                    .setParameter(1, id)
                    .setParameter(2, consumer)
                    .setParameter(3, record.topic())
                    .setParameter(4, record.partition())
                    .setParameter(5, record.offset())
                    .setParameter(6, clean(record.key()))
                    .setParameter(7, clean(headers.get(CloudEvents.ID)))
                    .setParameter(8, clean(headers.get(CloudEvents.TYPE)))
                    .setParameter(9, toJson(headers))
                    .setParameter(10, clean(record.value()))
                    .setParameter(11, clean(reason))
                    .setParameter(12, attempts)
                    .executeUpdate();
            if (rows == 1) {
                outbox.publish(
                        config.deadLetterTopic(),
                        PARKED,
                        consumer,
                        Map.of(
                                "deadLetterId",
                                id,
                                "consumer",
                                consumer,
                                "topic",
                                record.topic(),
                                "partition",
                                record.partition(),
                                "offset",
                                record.offset(),
                                "eventType",
                                String.valueOf(headers.get(CloudEvents.TYPE)),
                                "reason",
                                reason));
            }
            return rows == 1;
        });
        if (inserted) {
            metrics.counter("consumer.dead.letters", "consumer", consumer, "topic", record.topic())
                    .increment();
            // the payload may hold names and phone numbers: it stays in the table, not in the log
            LOG.errorf(
                    "%s parked the record %s-%d@%d (event %s, %s) as dead letter %s: %s",
                    consumer,
                    record.topic(),
                    record.partition(),
                    record.offset(),
                    headers.get(CloudEvents.ID),
                    headers.get(CloudEvents.TYPE),
                    id,
                    reason);
        }
    }

    public List<DeadLetterView> list(String consumer, boolean includeReplayed, int page, int size) {
        String where = " WHERE (?1 = '' OR consumer = ?1)" + (includeReplayed ? "" : " AND replayed_at IS NULL");
        @SuppressWarnings("unchecked")
        List<Tuple> rows = em.createNativeQuery(
                        "SELECT " + COLUMNS + " FROM dead_letter" + where
                                + " ORDER BY created_at DESC, id LIMIT ?2 OFFSET ?3",
                        Tuple.class)
                .setParameter(1, consumer == null ? "" : consumer)
                .setParameter(2, size)
                .setParameter(3, (long) page * size)
                .getResultList();
        return rows.stream().map(this::view).toList();
    }

    public long count(String consumer, boolean includeReplayed) {
        String where = " WHERE (?1 = '' OR consumer = ?1)" + (includeReplayed ? "" : " AND replayed_at IS NULL");
        return ((Number) em.createNativeQuery("SELECT count(*) FROM dead_letter" + where)
                        .setParameter(1, consumer == null ? "" : consumer)
                        .getSingleResult())
                .longValue();
    }

    public DeadLetterView get(UUID id) {
        @SuppressWarnings("unchecked")
        List<Tuple> rows = em.createNativeQuery("SELECT " + COLUMNS + " FROM dead_letter WHERE id = ?1", Tuple.class)
                .setParameter(1, id)
                .getResultList();
        if (rows.isEmpty()) {
            throw ProblemException.notFound("Dead letter", id);
        }
        return view(rows.get(0));
    }

    /** Records the outcome of a replay: done, or the new reason it failed for. */
    void replayed(UUID id, String by, String failure, int attempts) {
        QuarkusTransaction.requiringNew().run(() -> {
            if (failure == null) {
                em.createNativeQuery("UPDATE dead_letter SET replayed_at = now(), replayed_by = ?2 WHERE id = ?1")
                        .setParameter(1, id)
                        .setParameter(2, by)
                        .executeUpdate();
            } else {
                em.createNativeQuery("UPDATE dead_letter SET reason = ?2, attempts = attempts + ?3 WHERE id = ?1")
                        .setParameter(1, id)
                        .setParameter(2, failure)
                        .setParameter(3, attempts)
                        .executeUpdate();
            }
        });
    }

    private DeadLetterView view(Tuple t) {
        return new DeadLetterView(
                t.get(0, UUID.class),
                t.get(1, String.class),
                t.get(2, String.class),
                ((Number) t.get(3)).intValue(),
                ((Number) t.get(4)).longValue(),
                t.get(5, String.class),
                t.get(6, String.class),
                t.get(7, String.class),
                fromJson(t.get(8, String.class)),
                t.get(9, String.class),
                t.get(10, String.class),
                ((Number) t.get(11)).intValue(),
                Times.offset(t.get(12)),
                Times.offset(t.get(13)),
                t.get(14, String.class));
    }

    private static Map<String, String> headers(ConsumerRecord<String, String> record) {
        Map<String, String> headers = new LinkedHashMap<>();
        for (Header h : record.headers()) {
            headers.put(h.key(), h.value() == null ? null : new String(h.value(), StandardCharsets.UTF_8));
        }
        return headers;
    }

    /** PostgreSQL text cannot hold NUL: a record carrying one is still parked, with the character made visible. */
    private static String clean(String text) {
        return text == null ? null : text.replace("\u0000", "\\u0000");
    }

    private String toJson(Map<String, String> headers) {
        try {
            return clean(json.writeValueAsString(headers));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private Map<String, String> fromJson(String text) {
        try {
            return json.readValue(text, new TypeReference<LinkedHashMap<String, String>>() {});
        } catch (JsonProcessingException e) {
            return Map.of();
        }
    }
}
