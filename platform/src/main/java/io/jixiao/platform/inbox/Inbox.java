package io.jixiao.platform.inbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.UUID;

/**
 * The idempotent-consumer guard: {@code Intake} calls {@link #firstDelivery} in the transaction that applies the event.
 * The row and the effect commit together, so an event redelivered after a crash or a rebalance acts once.
 */
@ApplicationScoped
public class Inbox {
    private final EntityManager em;

    Inbox(EntityManager em) {
        this.em = em;
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
