package io.jixiao.evaluation.yearclose;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.jixiao.platform.consumer.EventConsumer;
import io.jixiao.platform.consumer.Intake;
import io.jixiao.platform.event.EventData;
import io.jixiao.platform.event.FiscalYearEvents;
import io.jixiao.platform.event.IncomingEvent;
import io.jixiao.platform.problem.ProblemException;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

/**
 * Starts a close job for each fiscal-year.closed.v1 (the same event delivered twice starts one job); the
 * {@link YearCloseWorker} then finalises the year's evaluations in batches and reports progress on the job.
 */
@ApplicationScoped
public class YearCloseService implements EventConsumer {
    static final String CONSUMER = "evaluation.year-close";
    private static final Set<String> TYPES = Set.of(FiscalYearEvents.CLOSED);

    private final Intake intake;
    private final ObjectMapper json;
    private final EntityManager em;
    private final YearCloseWorker worker;

    YearCloseService(Intake intake, ObjectMapper json, EntityManager em, YearCloseWorker worker) {
        this.intake = intake;
        this.json = json;
        this.em = em;
        this.worker = worker;
    }

    @Incoming("fiscal-years")
    @Blocking // ordered
    public void onFiscalYear(ConsumerRecord<String, String> record) {
        intake.take(record, this);
    }

    @Override
    public String name() {
        return CONSUMER;
    }

    @Override
    public Set<String> types() {
        return TYPES;
    }

    @Override
    public void apply(IncomingEvent event) {
        start(EventData.contract(json, event, FiscalYearEvents.Closed.class));
    }

    void start(FiscalYearEvents.Closed closed) {
        YearClose job = new YearClose();
        job.id = UUID.randomUUID();
        job.fiscalYear = closed.year();
        job.scopeOrgCode = closed.scopeOrgCode();
        job.scopeOrgPath = closed.scopeOrgPath();
        job.closedBy = closed.closedBy();
        job.startedAt = OffsetDateTime.now();
        job.total = ((Number) em.createNativeQuery("SELECT count(*) FROM evaluation WHERE fiscal_year = ?1"
                + " AND org_path LIKE ?2 ESCAPE '\\' AND status NOT IN (" + io.jixiao.evaluation.evaluation.EvaluationStatus.CLOSED_SQL + ")")
                .setParameter(1, job.fiscalYear).setParameter(2, io.jixiao.platform.security.OrgPath.withinPattern(job.scopeOrgPath)).getSingleResult()).intValue();
        job.status = YearClose.Status.RUNNING;
        job.persist();
        worker.wakeAfterCommit();
    }

    public List<YearCloseView> list(int fiscalYear) {
        return YearClose.<YearClose>find("fiscalYear = ?1 order by startedAt desc", fiscalYear).list().stream()
                .map(YearCloseView::of).toList();
    }

    public YearCloseView get(UUID id) {
        YearClose job = YearClose.findById(id);
        if (job == null) {
            throw ProblemException.notFound("Year-close job", id);
        }
        return YearCloseView.of(job);
    }
}
