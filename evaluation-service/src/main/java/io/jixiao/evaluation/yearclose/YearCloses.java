package io.jixiao.evaluation.yearclose;

import io.jixiao.evaluation.evaluation.ClosedYears;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

/** Which organisations a year close already covers: a job running or done whose scope holds the organisation. */
@ApplicationScoped
public class YearCloses implements ClosedYears {
    private final EntityManager em;

    YearCloses(EntityManager em) {
        this.em = em;
    }

    @Override
    public boolean closedFor(int fiscalYear, String orgPath) {
        return ((Number) em.createNativeQuery("SELECT count(*) FROM year_close WHERE fiscal_year = ?1"
                                        + " AND status IN (?3, ?4) AND starts_with(?2, scope_org_path)")
                                .setParameter(1, fiscalYear)
                                .setParameter(2, orgPath)
                                .setParameter(3, YearClose.Status.RUNNING.name())
                                .setParameter(4, YearClose.Status.COMPLETED.name())
                                .getSingleResult())
                        .longValue()
                > 0;
    }
}
