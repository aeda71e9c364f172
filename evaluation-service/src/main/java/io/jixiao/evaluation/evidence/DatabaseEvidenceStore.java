package io.jixiao.evaluation.evidence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;

/** Evidence in the service's own database (evidence_content), in the same transaction as its record. */
@ApplicationScoped
public class DatabaseEvidenceStore implements EvidenceStore {
    private final EntityManager em;

    DatabaseEvidenceStore(EntityManager em) {
        this.em = em;
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public void put(UUID id, byte[] content) {
        em.createNativeQuery("INSERT INTO evidence_content (id, content) VALUES (?1, ?2)")
                .setParameter(1, id)
                .setParameter(2, content)
                .executeUpdate();
    }

    @Override
    public byte[] get(UUID id) {
        @SuppressWarnings("unchecked")
        List<byte[]> found = em.createNativeQuery("SELECT content FROM evidence_content WHERE id = ?1")
                .setParameter(1, id)
                .getResultList();
        return found.isEmpty() ? null : found.get(0);
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public void delete(UUID id) {
        em.createNativeQuery("DELETE FROM evidence_content WHERE id = ?1")
                .setParameter(1, id)
                .executeUpdate();
    }
}
