package io.jixiao.evaluation.yearclose;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.jixiao.platform.inbox.Inbox;
import io.jixiao.platform.problem.ProblemException;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * Starts a close job for each fiscal-year.closed.v1 (the same event delivered twice starts one job); the
 * {@link YearCloseWorker} then finalises the year's evaluations in batches and reports progress on the job.
 */
@ApplicationScoped
public class YearCloseService {
    static final String CONSUMER = "evaluation.year-close";
    private static final Set<String> TYPES = Set.of("fiscal-year.closed.v1");

    private final Inbox inbox;
    private final ObjectMapper json;
    private final EntityManager em;
    private final YearCloseWorker worker;

    YearCloseService(Inbox inbox, ObjectMapper json, EntityManager em, YearCloseWorker worker) {
        this.inbox = inbox;
        this.json = json;
        this.em = em;
        this.worker = worker;
    }

    @Incoming("fiscal-years")
    @Blocking // ordered
    @Transactional
    public void onFiscalYear(ConsumerRecord<String, String> record) throws Exception {
        var event = inbox.accept(record, CONSUMER, TYPES);
        if (event.isPresent()) {
            start(json.readTree(event.get().data()));
        }
    }

    void start(JsonNode closed) {
        YearClose job = new YearClose();
        job.id = UUID.randomUUID();
        job.fiscalYear = closed.path("year").asInt();
        job.scopeOrgCode = closed.hasNonNull("scopeOrgCode") ? closed.get("scopeOrgCode").asText() : null;
        job.scopeOrgPath = closed.path("scopeOrgPath").asText("/");
        job.closedBy = closed.path("closedBy").asText(null);
        job.startedAt = OffsetDateTime.now();
        job.total = ((Number) em.createNativeQuery("SELECT count(*) FROM evaluation WHERE fiscal_year = ?1"
                + " AND org_path LIKE ?2 AND status NOT IN ('FINAL', 'NOT_SUBMITTED')")
                .setParameter(1, job.fiscalYear).setParameter(2, job.scopeOrgPath + "%").getSingleResult()).intValue();
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
