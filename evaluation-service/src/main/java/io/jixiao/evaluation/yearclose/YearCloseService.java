package io.jixiao.evaluation.yearclose;

import io.jixiao.platform.event.FiscalYearEvents;
import io.jixiao.platform.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * Close jobs: one is started for each closed fiscal year (by {@link YearCloseConsumer}, so the same event delivered
 * twice starts one job); the {@link YearCloseWorker} then finalises the year's evaluations in batches and reports
 * progress on the job.
 */
@ApplicationScoped
public class YearCloseService {
    private final EntityManager em;
    private final YearCloseWorker worker;

    YearCloseService(EntityManager em, YearCloseWorker worker) {
        this.em = em;
        this.worker = worker;
    }

    /** Joins the transaction of the event that announced the close (its inbox mark commits with the job). */
    void start(FiscalYearEvents.Closed closed) {
        YearClose job = new YearClose();
        job.id = UUID.randomUUID();
        job.fiscalYear = closed.year();
        job.scopeOrgCode = closed.scopeOrgCode();
        job.scopeOrgPath = closed.scopeOrgPath();
        job.closedBy = closed.closedBy();
        job.startedAt = OffsetDateTime.now();
        job.total = ((Number) em.createNativeQuery("SELECT count(*) FROM evaluation WHERE fiscal_year = ?1"
                                + " AND org_path LIKE ?2 ESCAPE '\\' AND status NOT IN (?3)")
                        .setParameter(1, job.fiscalYear)
                        .setParameter(2, io.jixiao.platform.security.OrgPath.withinPattern(job.scopeOrgPath))
                        .setParameter(3, io.jixiao.evaluation.evaluation.EvaluationStatus.CLOSED_NAMES)
                        .getSingleResult())
                .intValue();
        job.status = YearClose.Status.RUNNING;
        job.persist();
        worker.wakeAfterCommit();
    }

    public List<YearCloseView> list(int fiscalYear) {
        return YearClose.<YearClose>find("fiscalYear = ?1 order by startedAt desc", fiscalYear).list().stream()
                .map(YearCloseView::of)
                .toList();
    }

    public YearCloseView get(UUID id) {
        YearClose job = YearClose.findById(id);
        if (job == null) {
            throw ProblemException.notFound("Year-close job", id);
        }
        return YearCloseView.of(job);
    }
}
