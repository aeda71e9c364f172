package io.jixiao.platform.outbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

/**
 * Writes an event into the outbox table inside the caller's transaction, so the state change and the event
 * commit together or not at all. After the commit the relay is woken to publish at once; its poll is only a safety net.
 */
@ApplicationScoped
public class Outbox {
    private static final Object WAKE_KEY = new Object();

    private final EntityManager em;
    private final TransactionSynchronizationRegistry transactions;
    private final OutboxRelay relay;
    private final ObjectMapper json;

    private final OutboxConfig config;

    Outbox(
            EntityManager em,
            TransactionSynchronizationRegistry transactions,
            OutboxRelay relay,
            ObjectMapper json,
            OutboxConfig config) {
        this.config = config;
        this.em = em;
        this.transactions = transactions;
        this.relay = relay;
        this.json = json;
    }

    /**
     * @param topic       one topic per aggregate (docs/api-contract.md): orgs, fiscal-years, projects, ...
     * @param type        the versioned event type, e.g. {@code project.registered.v1}
     * @param aggregateId the record key, so one aggregate's events stay in order on one partition
     * @param data        the payload, serialised as JSON
     * @return the event id (ce_id)
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public UUID publish(String topic, String type, String aggregateId, Object data) {
        UUID id = UUID.randomUUID();
        em.createNativeQuery("INSERT INTO outbox_event (id, topic, aggregate_id, type, payload, occurred_at,"
                        + " correlation_id) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)")
                .setParameter(1, id)
                .setParameter(2, topic)
                .setParameter(3, aggregateId)
                .setParameter(4, type)
                .setParameter(5, toJson(type, data))
                .setParameter(6, OffsetDateTime.now(ZoneOffset.UTC))
                .setParameter(7, io.jixiao.platform.event.Correlation.current())
                .executeUpdate();
        wakeRelayAfterCommit();
        return id;
    }

    /** One event of a batch: see {@link #publishAll}. */
    public record Event(String topic, String type, String aggregateId, Object data) {}

    /**
     * Writes many events in one JDBC batch inside the caller's transaction: for batch jobs such as closing a year,
     * where thousands of state changes commit together.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void publishAll(java.util.List<Event> events) {
        if (events.isEmpty()) {
            return;
        }
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        em.unwrap(org.hibernate.Session.class).doWork(connection -> {
            String correlation = io.jixiao.platform.event.Correlation.current();
            try (var ps =
                    connection.prepareStatement("INSERT INTO outbox_event (id, topic, aggregate_id, type, payload,"
                            + " occurred_at, correlation_id) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
                for (Event e : events) {
                    ps.setObject(1, UUID.randomUUID());
                    ps.setString(2, e.topic());
                    ps.setString(3, e.aggregateId());
                    ps.setString(4, e.type());
                    ps.setString(5, toJson(e.type(), e.data()));
                    ps.setObject(6, now);
                    ps.setString(7, correlation);
                    ps.addBatch();
                }
                ps.executeBatch();
            }
        });
        wakeRelayAfterCommit();
    }

    private void wakeRelayAfterCommit() {
        if (transactions.getResource(WAKE_KEY) != null) {
            return;
        }
        transactions.putResource(WAKE_KEY, Boolean.TRUE);
        AfterCommit.run(transactions, relay::wake);
    }

    /** The payload as it will be sent; one of a type with a contract must fit it (what its consumers will read). */
    private String toJson(String type, Object data) {
        String text;
        try {
            text = data instanceof String s ? s : json.writeValueAsString(data);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("event payload cannot be written as JSON", e);
        }
        int bytes = text.getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
        if (bytes > config.maxEventBytes()) {
            throw new io.jixiao.platform.problem.ProblemException(io.jixiao.platform.problem.Problem.of(
                    413,
                    "Too large to announce",
                    "This change would be announced to the other services in an event of " + bytes + " bytes; at most "
                            + config.maxEventBytes()
                            + " are carried. Shorten long texts or split the indicators; nothing was saved."));
        }
        io.jixiao.platform.event.EventContracts.check(json, type, text);
        return text;
    }
}
