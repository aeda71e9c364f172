package io.jixiao.evaluation.yearclose;

import io.jixiao.evaluation.evaluation.Evaluation;
import io.jixiao.evaluation.evaluation.EvaluationFinalizer;
import io.jixiao.evaluation.evaluation.EvaluationStatus;
import io.jixiao.evaluation.scoring.PolicyService;
import io.jixiao.platform.outbox.Outbox;
import io.jixiao.platform.security.OrgPath;
import io.jixiao.platform.security.SystemActors;
import io.jixiao.rules.scoring.ScoringPolicy;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.math.BigDecimal;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.hibernate.Session;
import org.jboss.logging.Logger;

/**
 * Finalises the evaluations of RUNNING close jobs, one batch per transaction: read the batch in three queries, score
 * it in memory, write scores, statuses and evaluation.scored.v1 events in a few bulk statements, advance the job.
 * A crash loses at most the batch in flight, which the next round redoes; finalised evaluations are never touched again.
 */
@ApplicationScoped
public class YearCloseWorker {
    private static final Logger LOG = Logger.getLogger(YearCloseWorker.class);

    private final EntityManager em;
    private final PolicyService policies;
    private final Outbox outbox;
    private final TransactionSynchronizationRegistry transactions;
    private final int batchSize;
    private final int workers;
    private final ExecutorService executor;
    private final AtomicInteger active = new AtomicInteger();

    YearCloseWorker(
            EntityManager em,
            PolicyService policies,
            Outbox outbox,
            TransactionSynchronizationRegistry transactions,
            YearCloseConfig config) {
        this.em = em;
        this.policies = policies;
        this.outbox = outbox;
        this.transactions = transactions;
        this.batchSize = config.batchSize();
        this.workers = config.workers();
        this.executor = Executors.newFixedThreadPool(workers, r -> new Thread(r, "year-close"));
    }

    void onStop(@Observes ShutdownEvent event) {
        executor.shutdownNow();
    }

    /** Starts working right after the transaction that created a job commits. */
    void wakeAfterCommit() {
        io.jixiao.platform.outbox.AfterCommit.run(transactions, this::wake);
    }

    /** The safety net: jobs left RUNNING by a crash or a restart resume here. */
    @Scheduled(every = "5s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void poll() {
        wake();
    }

    /** Puts every idle worker on the running jobs; batches are claimed with SKIP LOCKED, so workers never collide. */
    private void wake() {
        for (int n = active.get(); n < workers; n = active.get()) {
            if (active.compareAndSet(n, n + 1)) {
                try {
                    executor.execute(this::drain);
                } catch (java.util.concurrent.RejectedExecutionException stopping) {
                    // the instance is shutting down: its jobs stay RUNNING and resume on another instance or the next
                    // start
                    active.decrementAndGet();
                    return;
                }
            }
        }
    }

    private void drain() {
        try {
            List<UUID> running = QuarkusTransaction.requiringNew()
                    .call(() -> YearClose.<YearClose>list("status", YearClose.Status.RUNNING).stream()
                            .map(j -> j.id)
                            .toList());
            for (UUID job : running) {
                drain(job); // one job's failure never holds up the jobs after it
            }
        } catch (RuntimeException e) {
            LOG.error("year close: the running jobs could not be read; retried on the next round", e);
        } finally {
            active.decrementAndGet();
        }
    }

    private void drain(UUID job) {
        try {
            while (QuarkusTransaction.requiringNew().call(() -> batch(job))) {
                failures.remove(job); // a batch went through: the job is healthy again
            }
            // a round that found nothing to claim (another worker holds the rest) says nothing about failures
        } catch (RuntimeException e) {
            int failed = failures.merge(job, 1, Integer::sum);
            LOG.errorf(
                    e,
                    "year close %s: a batch failed (%d of %d times); it is rolled back and retried",
                    job,
                    failed,
                    MAX_FAILURES);
            if (failed >= MAX_FAILURES) {
                String reason = e.getClass().getSimpleName() + ": " + String.valueOf(e.getMessage());
                QuarkusTransaction.requiringNew()
                        .run(() -> em.createNativeQuery("UPDATE year_close SET status = ?3,"
                                        + " finished_at = now(), failure = ?2 WHERE id = ?1 AND status = ?4")
                                .setParameter(3, YearClose.Status.FAILED.name())
                                .setParameter(4, YearClose.Status.RUNNING.name())
                                .setParameter(1, job)
                                .setParameter(2, reason.length() > 2000 ? reason.substring(0, 2000) : reason)
                                .executeUpdate());
                failures.remove(job);
            }
        }
    }

    /** A batch that fails this often in a row is not a passing problem: the job stops as FAILED with the reason. */
    static final int MAX_FAILURES = 3;

    private final Map<UUID, Integer> failures = new java.util.concurrent.ConcurrentHashMap<>();

    /** One batch of one job; false when the job has nothing left (and is then COMPLETED). */
    boolean batch(UUID jobId) {
        YearClose job = YearClose.findById(jobId);
        if (job == null || job.status != YearClose.Status.RUNNING) {
            return false;
        }
        String scope = OrgPath.withinPattern(job.scopeOrgPath);
        @SuppressWarnings("unchecked")
        List<UUID> ids = em.createNativeQuery(
                        "SELECT id FROM evaluation WHERE fiscal_year = ?1 AND org_path LIKE ?2 ESCAPE '\\'"
                                + " AND status NOT IN (?4) ORDER BY id LIMIT ?3 FOR UPDATE SKIP LOCKED",
                        UUID.class)
                .setParameter(1, job.fiscalYear)
                .setParameter(2, scope)
                .setParameter(3, batchSize)
                .setParameter(4, EvaluationStatus.CLOSED_NAMES)
                .getResultList();
        if (ids.isEmpty()) {
            complete(job, scope);
            return false;
        }
        long t0 = System.nanoTime();
        List<Evaluation> batch = load(ids);
        StoredScores stored = StoredScores.of(batch);
        long t1 = System.nanoTime();
        Map<String, ScoringPolicy> byRegion = new HashMap<>();
        OffsetDateTime now = OffsetDateTime.now();
        List<EvaluationFinalizer.Finalised> done = new ArrayList<>();
        for (Evaluation e : batch) {
            // one policy lookup per region and batch (PolicyService keys policies by the same region code)
            ScoringPolicy policy = byRegion.computeIfAbsent(
                    String.valueOf(OrgPath.regionCode(e.orgPath)), r -> policies.effective(e.fiscalYear, e.orgPath));
            done.add(EvaluationFinalizer.finalise(e, policy, now));
        }
        long t2 = System.nanoTime();
        em.unwrap(Session.class).doWork(c -> write(c, done, stored));
        long t3 = System.nanoTime();
        outbox.publishAll(
                done.stream().map(EvaluationFinalizer.Finalised::event).toList());
        LOG.debugf(
                "year close batch of %d: load %d ms, score %d ms, write %d ms, events %d ms",
                done.size(),
                (t1 - t0) / 1_000_000,
                (t2 - t1) / 1_000_000,
                (t3 - t2) / 1_000_000,
                (System.nanoTime() - t3) / 1_000_000);
        // counters move with one short row update at the end, so parallel batches do not queue on the job row
        em.createNativeQuery("UPDATE year_close SET done = done + ?1, not_submitted = not_submitted + ?2,"
                        + " not_approved = not_approved + ?4, total = GREATEST(total, done + ?1) WHERE id = ?3")
                .setParameter(1, done.size())
                .setParameter(2, (int) done.stream().filter(f -> !f.submitted()).count())
                .setParameter(3, jobId)
                .setParameter(4, (int) done.stream()
                        .filter(f -> f.evaluation().status == EvaluationStatus.NOT_APPROVED)
                        .count())
                .executeUpdate();
        return true;
    }

    /** Done when nothing is left, counting rows other workers hold too: their batches are not finished yet. */
    private void complete(YearClose job, String scope) {
        long left = ((Number) em.createNativeQuery("SELECT count(*) FROM evaluation WHERE fiscal_year = ?1"
                                + " AND org_path LIKE ?2 ESCAPE '\\' AND status NOT IN (?3)")
                        .setParameter(1, job.fiscalYear)
                        .setParameter(2, scope)
                        .setParameter(3, EvaluationStatus.CLOSED_NAMES)
                        .getSingleResult())
                .longValue();
        if (left > 0) {
            return;
        }
        int changed = em.createNativeQuery("UPDATE year_close SET status = ?2, finished_at = now(),"
                        + " total = GREATEST(total, done) WHERE id = ?1 AND status = ?3")
                .setParameter(1, job.id)
                .setParameter(2, YearClose.Status.COMPLETED.name())
                .setParameter(3, YearClose.Status.RUNNING.name())
                .executeUpdate();
        if (changed == 1) {
            LOG.infof("year close %d (%s) completed", job.fiscalYear, job.scopeOrgPath);
        }
    }

    /** The batch with its indicator rows, never managed by Hibernate: the scores go back in bulk statements. */
    private List<Evaluation> load(List<UUID> ids) {
        return em.unwrap(Session.class).doReturningWork(c -> BatchRows.load(c, ids));
    }

    /** Every evaluation row; of the indicator rows only those whose score or deviation flag the close changed. */
    private static void write(Connection c, List<EvaluationFinalizer.Finalised> done, StoredScores stored)
            throws java.sql.SQLException {
        int n = done.size();
        UUID[] ids = new UUID[n];
        String[] statuses = new String[n];
        BigDecimal[] totals = new BigDecimal[n];
        String[] grades = new String[n];
        BigDecimal[] rates = new BigDecimal[n];
        BigDecimal[] budgetScores = new BigDecimal[n];
        // an indicator row is named by its evaluation's place in ids (1-based, as WITH ORDINALITY counts) and its
        // position: 20,000 small numbers instead of 20,000 UUIDs in the array texts each side writes and parses
        List<Integer> rowOf = new ArrayList<>();
        List<Integer> positions = new ArrayList<>();
        List<BigDecimal> scores = new ArrayList<>();
        List<Boolean> deviations = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Evaluation e = done.get(i).evaluation();
            ids[i] = e.id;
            statuses[i] = e.status.name();
            totals[i] = e.totalScore;
            grades[i] = e.grade;
            rates[i] = e.budgetRate;
            budgetScores[i] = e.budgetScore;
            for (int p = 0; p < e.indicators.size(); p++) {
                if (stored.unchanged(e, p)) {
                    continue;
                }
                rowOf.add(i + 1);
                positions.add(p);
                scores.add(e.indicators.get(p).score);
                deviations.add(e.indicators.get(p).needsDeviation);
            }
        }
        Array evaluationIds = c.createArrayOf("uuid", ids);
        try (PreparedStatement ps = c.prepareStatement(
                "UPDATE evaluation e SET status = u.status, total_score = u.total,"
                        + " grade = u.grade, budget_rate = u.rate, budget_score = u.budget_score, finalized_at = now(),"
                        + " updated_at = now(), updated_by = ?, revision = e.revision + 1"
                        + " FROM unnest(?, ?, ?, ?, ?, ?) AS u(id, status, total, grade, rate, budget_score) WHERE e.id = u.id")) {
            ps.setString(1, SystemActors.YEAR_CLOSE);
            ps.setArray(2, evaluationIds);
            ps.setArray(3, c.createArrayOf("text", statuses));
            ps.setArray(4, c.createArrayOf("numeric", totals));
            ps.setArray(5, c.createArrayOf("text", grades));
            ps.setArray(6, c.createArrayOf("numeric", rates));
            ps.setArray(7, c.createArrayOf("numeric", budgetScores));
            ps.executeUpdate();
        }
        if (rowOf.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = c.prepareStatement("UPDATE evaluation_indicator i SET score = u.score,"
                + " needs_deviation = u.deviation FROM unnest(?, ?, ?, ?) AS u(row_of, position, score, deviation)"
                + " JOIN unnest(?) WITH ORDINALITY AS e(id, row_of) ON e.row_of = u.row_of"
                + " WHERE i.evaluation_id = e.id AND i.position = u.position")) {
            ps.setArray(1, c.createArrayOf("int4", rowOf.toArray()));
            ps.setArray(2, c.createArrayOf("int4", positions.toArray()));
            ps.setArray(3, c.createArrayOf("numeric", scores.toArray()));
            ps.setArray(4, c.createArrayOf("bool", deviations.toArray()));
            ps.setArray(5, evaluationIds);
            ps.executeUpdate();
        }
    }
}
