package io.jixiao.platform.inbox;

import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;

import io.jixiao.platform.event.IncomingEvent;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * The idempotent-consumer guard: a consumer calls {@link #firstDelivery} in the transaction that applies the event.
 * The row and the effect commit together, so an event redelivered after a crash or a rebalance acts once.
 */
@ApplicationScoped
public class Inbox {
    private final EntityManager em;

    Inbox(EntityManager em) {
        this.em = em;
    }

    /**
     * The event of a record when it is one of {@code types} and this consumer has not applied it yet; empty otherwise.
     * Call it inside the transaction that applies the event.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<IncomingEvent> accept(ConsumerRecord<String, String> record, String consumer, Set<String> types) {
        IncomingEvent event = IncomingEvent.from(record);
        if (!types.contains(event.type()) || !firstDelivery(event.id(), consumer)) {
            return Optional.empty();
        }
        return Optional.of(event);
    }

    /** @return true when this consumer has not seen the event before and should apply it now */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean firstDelivery(UUID eventId, String consumer) {
        int inserted = em.createNativeQuery(
                "INSERT INTO processed_event (event_id, consumer) VALUES (?1, ?2) ON CONFLICT DO NOTHING")
                .setParameter(1, eventId)
                .setParameter(2, consumer)
                .executeUpdate();
        return inserted == 1;
    }
}
