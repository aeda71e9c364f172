package io.jixiao.review.webhook;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.jixiao.platform.event.IncomingEvent;
import io.jixiao.platform.json.Times;
import io.jixiao.platform.problem.ProblemException;
import io.jixiao.platform.security.Caller;
import io.jixiao.review.org.OrgCopy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Deliveries: one per event and matching subscription, stored before anything is sent; listed and redelivered. */
@ApplicationScoped
public class Deliveries {
    private final EntityManager em;
    private final ObjectMapper json;
    private final WebhookService subscriptions;

    Deliveries(EntityManager em, ObjectMapper json, WebhookService subscriptions) {
        this.em = em;
        this.json = json;
        this.subscriptions = subscriptions;
    }

    /**
     * Stores a delivery of the event for every enabled subscription that wants its type and whose organisation's subtree
     * holds the event's organisation. Runs in the consumer's transaction: the inbox mark and the deliveries commit together.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public int fanOut(IncomingEvent event, JsonNode data) {
        String path = orgPathOf(data);
        if (path == null) {
            return 0; // an event of no organisation's: nobody's subtree holds it
        }
        String body = body(event, data);
        return em.createNativeQuery("""
                INSERT INTO webhook_delivery (id, subscription_id, event_id, event_type, subject, payload, status,
                                              next_attempt_at, created_at)
                SELECT gen_random_uuid(), s.id, ?1, ?2, ?3, ?4, 'PENDING', now(), now()
                FROM webhook_subscription s
                WHERE s.enabled AND ?2 = ANY (s.event_types) AND starts_with(?5, s.org_path)
                ON CONFLICT (subscription_id, event_id) DO NOTHING""")
                .setParameter(1, event.id())
                .setParameter(2, event.type())
                .setParameter(3, event.key())
                .setParameter(4, body)
                .setParameter(5, path)
                .executeUpdate();
    }

    /** The organisation an event concerns, wherever its producer put it. */
    String orgPathOf(JsonNode data) {
        for (String holder : new String[] {null, "table", "evaluation", "snapshot"}) {
            JsonNode n = holder == null ? data : data.path(holder);
            if (n.hasNonNull("orgPath")) {
                return n.get("orgPath").asText();
            }
        }
        if (data.hasNonNull("scopeOrgPath")) {
            return data.get("scopeOrgPath").asText();
        }
        if (data.hasNonNull("subjectOrgCode")) {
            OrgCopy org = OrgCopy.findById(data.get("subjectOrgCode").asText());
            return org == null ? null : org.path;
        }
        return null;
    }

    /** What a receiver gets: the event's type, id, subject and time, and its data as the producer wrote it. */
    private String body(IncomingEvent event, JsonNode data) {
        try {
            Map<String, Object> envelope = new java.util.LinkedHashMap<>();
            envelope.put("type", event.type());
            envelope.put("id", event.id());
            envelope.put("subject", event.key());
            envelope.put("time", event.time());
            envelope.put("data", data);
            return json.writeValueAsString(envelope);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("the event cannot be written as JSON", e);
        }
    }

    private static final OffsetDateTime EARLIEST = OffsetDateTime.parse("1970-01-01T00:00:00Z");
    private static final OffsetDateTime LATEST = OffsetDateTime.parse("9999-12-31T00:00:00Z");

    public List<DeliveryView> list(
            UUID subscriptionId,
            String status,
            String eventType,
            OffsetDateTime since,
            OffsetDateTime until,
            Caller caller,
            int page,
            int size) {
        subscriptions.visible(subscriptionId, caller);
        @SuppressWarnings("unchecked")
        List<Tuple> rows = em.createNativeQuery("""
                SELECT id, event_id, event_type, subject, status, attempts, created_at, next_attempt_at, delivered_at
                FROM webhook_delivery WHERE subscription_id = ?1 AND (?2 = '' OR status = ?2) AND (?3 = '' OR event_type = ?3)
                  AND created_at >= ?6 AND created_at < ?7
                ORDER BY created_at DESC, seq DESC LIMIT ?4 OFFSET ?5""", Tuple.class)
                .setParameter(1, subscriptionId)
                .setParameter(2, status == null ? "" : status)
                .setParameter(3, eventType == null ? "" : eventType)
                .setParameter(4, size)
                .setParameter(5, (long) page * size)
                .setParameter(6, since == null ? EARLIEST : since)
                .setParameter(7, until == null ? LATEST : until)
                .getResultList();
        List<UUID> ids = rows.stream().map(t -> t.get(0, UUID.class)).toList();
        Map<UUID, List<DeliveryView.Attempt>> attempts = attempts(ids);
        List<DeliveryView> out = new ArrayList<>();
        for (Tuple t : rows) {
            UUID id = t.get(0, UUID.class);
            out.add(new DeliveryView(
                    id,
                    t.get(1, UUID.class),
                    t.get(2, String.class),
                    t.get(3, String.class),
                    t.get(4, String.class),
                    ((Number) t.get(5)).intValue(),
                    Times.offset(t.get(6)),
                    Times.offset(t.get(7)),
                    Times.offset(t.get(8)),
                    attempts.getOrDefault(id, List.of())));
        }
        return out;
    }

    /** Sends a delivery again at once (the same webhook-id), whatever became of it. */
    @Transactional
    public void redeliver(UUID subscriptionId, UUID deliveryId, Caller caller) {
        subscriptions.visible(subscriptionId, caller);
        int changed = em.createNativeQuery("UPDATE webhook_delivery SET status = 'PENDING', next_attempt_at = now()"
                        + " WHERE id = ?1 AND subscription_id = ?2")
                .setParameter(1, deliveryId)
                .setParameter(2, subscriptionId)
                .executeUpdate();
        if (changed == 0) {
            throw ProblemException.notFound("Delivery", deliveryId);
        }
    }

    /** Sends every delivery of a window again (the bureau lost its copies); answers how many. */
    @Transactional
    public int replay(UUID subscriptionId, OffsetDateTime since, OffsetDateTime until, Caller caller) {
        subscriptions.visible(subscriptionId, caller);
        if (until != null && since != null && until.isBefore(since)) {
            throw ProblemException.invalid("until", "must not be before since");
        }
        return em.createNativeQuery("UPDATE webhook_delivery SET status = 'PENDING', next_attempt_at = now()"
                        + " WHERE subscription_id = ?1 AND created_at >= ?2 AND created_at < ?3")
                .setParameter(1, subscriptionId)
                .setParameter(2, since)
                .setParameter(3, until == null ? OffsetDateTime.now().plusYears(1) : until)
                .executeUpdate();
    }

    private Map<UUID, List<DeliveryView.Attempt>> attempts(List<UUID> deliveries) {
        Map<UUID, List<DeliveryView.Attempt>> byDelivery = new java.util.HashMap<>();
        if (deliveries.isEmpty()) {
            return byDelivery;
        }
        @SuppressWarnings("unchecked")
        List<Tuple> rows = em.createNativeQuery(
                        "SELECT delivery_id, attempted_at, status_code, duration_ms, response, error"
                                + " FROM webhook_attempt WHERE delivery_id = ANY (?1) ORDER BY attempted_at",
                        Tuple.class)
                .setParameter(1, deliveries.toArray(new UUID[0]))
                .getResultList();
        for (Tuple t : rows) {
            byDelivery
                    .computeIfAbsent(t.get(0, UUID.class), k -> new ArrayList<>())
                    .add(new DeliveryView.Attempt(
                            Times.offset(t.get(1)),
                            t.get(2) == null ? null : ((Number) t.get(2)).intValue(),
                            ((Number) t.get(3)).intValue(),
                            t.get(4, String.class),
                            t.get(5, String.class)));
        }
        return byDelivery;
    }
}
