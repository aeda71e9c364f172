package io.jixiao.project;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jixiao.platform.outbox.Retention;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Published events and processed-event marks go after their age; an unpublished event stays however old it is. */
@QuarkusTest
class RetentionTest {
    @Inject
    Retention retention;

    @Inject
    EntityManager em;

    @Test
    void oldPublishedRowsGoUnpublishedOnesStay() {
        UUID oldPublished = UUID.randomUUID();
        UUID oldUnpublished = UUID.randomUUID();
        UUID recentPublished = UUID.randomUUID();
        UUID oldMark = UUID.randomUUID();
        UUID recentMark = UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> {
            insert(oldPublished, "now() - interval '30 days'", "now() - interval '30 days'");
            insert(oldUnpublished, "now() - interval '30 days'", "NULL");
            insert(recentPublished, "now()", "now()");
            em.createNativeQuery("INSERT INTO processed_event (event_id, consumer, processed_at) VALUES"
                            + " (?1, 'retention-test', now() - interval '60 days'), (?2, 'retention-test', now())")
                    .setParameter(1, oldMark)
                    .setParameter(2, recentMark)
                    .executeUpdate();
        });
        Retention.Purged purged = retention.purge();
        assertTrue(purged.events() >= 1 && purged.marks() >= 1, purged.toString());
        assertEquals(0, count("SELECT count(*) FROM outbox_event WHERE id = ?1", oldPublished));
        assertEquals(
                1, count("SELECT count(*) FROM outbox_event WHERE id = ?1", oldUnpublished), "never published: kept");
        assertEquals(1, count("SELECT count(*) FROM outbox_event WHERE id = ?1", recentPublished));
        assertEquals(0, count("SELECT count(*) FROM processed_event WHERE event_id = ?1", oldMark));
        assertEquals(1, count("SELECT count(*) FROM processed_event WHERE event_id = ?1", recentMark));
        QuarkusTransaction.requiringNew()
                .run(() -> em.createNativeQuery("DELETE FROM outbox_event WHERE id = ?1")
                        .setParameter(1, oldUnpublished)
                        .executeUpdate()); // not for the relay to send
    }

    private void insert(UUID id, String occurred, String published) {
        em.createNativeQuery(
                        "INSERT INTO outbox_event (id, topic, aggregate_id, type, payload, occurred_at, published_at)"
                                + " VALUES (?1, 'retention-test', 'x', 'test.v1', '{}', " + occurred + ", " + published
                                + ")")
                .setParameter(1, id)
                .executeUpdate();
    }

    private long count(String sql, UUID id) {
        return QuarkusTransaction.requiringNew()
                .call(() ->
                        ((Number) em.createNativeQuery(sql).setParameter(1, id).getSingleResult()).longValue());
    }
}
