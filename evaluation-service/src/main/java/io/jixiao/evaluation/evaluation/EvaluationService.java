package io.jixiao.evaluation.evaluation;

import io.jixiao.evaluation.budget.BudgetCopy;
import io.jixiao.evaluation.scoring.PolicyService;
import io.jixiao.platform.event.TableEvents;
import io.jixiao.platform.outbox.Outbox;
import io.jixiao.platform.problem.ProblemException;
import io.jixiao.platform.problem.Violations;
import io.jixiao.platform.security.Caller;
import io.jixiao.platform.security.Roles;
import io.jixiao.platform.security.SystemActors;
import io.jixiao.platform.web.Filters;
import io.jixiao.platform.web.PageResult;
import io.jixiao.rules.scoring.ScoringPolicy;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Stream;
import org.jboss.logging.Logger;

/**
 * Self-evaluations: prepared from an approved target table, filled in by the unit (scored on every save), submitted to
 * review, approved or returned, finalised when the year closes.
 */
@ApplicationScoped
public class EvaluationService {
    private static final Logger LOG = Logger.getLogger(EvaluationService.class);

    private final PolicyService policies;
    private final Outbox outbox;
    private final ClosedYears closedYears;
    private final jakarta.persistence.EntityManager em;

    EvaluationService(
            PolicyService policies, Outbox outbox, jakarta.persistence.EntityManager em, ClosedYears closedYears) {
        this.policies = policies;
        this.outbox = outbox;
        this.em = em;
        this.closedYears = closedYears;
    }

    /**
     * target-table.approved.v1: a PENDING evaluation prefilled with every indicator, its target and weight. An adjusted
     * table approved later replaces the targets of an evaluation not yet submitted, keeping what was entered.
     */
    @Transactional
    public void prepare(TableEvents.Approved approved) {
        TableEvents.Table table = approved.table();
        UUID tableId = table.id();
        lockProject(table.projectId());
        Evaluation e = Evaluation.find("tableId", tableId).firstResult();
        if (e != null && !e.status.editable()) {
            LOG.infof(
                    "evaluation %s of table %s is %s; the newly approved targets wait for the next year",
                    e.id, tableId, e.status);
            return;
        }
        boolean created = e == null;
        if (created) {
            e = new Evaluation();
            e.id = UUID.randomUUID();
            e.tableId = tableId;
            e.status = EvaluationStatus.PENDING;
            e.createdAt = OffsetDateTime.now();
        }
        e.tableVersion = approved.version();
        e.projectId = table.projectId();
        e.projectName = table.projectName();
        e.orgCode = table.orgCode();
        e.orgPath = table.orgPath();
        e.fiscalYear = table.fiscalYear();
        e.amountUnit = table.amountUnit() != null ? table.amountUnit() : e.amountUnit;
        e.goalExpected = e.goalExpected != null
                ? e.goalExpected
                : nonBlank(table.annualGoal(), nonBlank(table.overallGoal(), null));
        replaceIndicators(e, table.indicators());
        BudgetCopy budget = BudgetCopy.findById(e.projectId);
        if (budget != null) {
            copyBudget(e, budget);
        }
        ScoringPolicy policy = policies.effective(e.fiscalYear, e.orgPath);
        EvaluationScorer.fillWeights(e, policy);
        EvaluationScorer.scoreEntered(e, policy);
        e.updatedAt = OffsetDateTime.now();
        e.updatedBy = SystemActors.SYSTEM;
        e.persist();
        if (created) {
            statusEvent(e, EvaluationEvents.PREPARED, null, null);
        }
        if (closedYears.closedFor(e.fiscalYear, e.orgPath)) {
            // targets approved after their year closed: the evaluation can no longer be done, so it is closed at once,
            // as the close job would have (it finished before this evaluation existed)
            EvaluationFinalizer.Finalised f = EvaluationFinalizer.finalise(e, policy, OffsetDateTime.now());
            outbox.publish(
                    f.event().topic(),
                    f.event().type(),
                    f.event().aggregateId(),
                    f.event().data());
        }
    }

    /**
     * The approval and the budget figures of a project arrive on different topics, in any order and at the same time:
     * both handlers take this lock first, so the second always sees what the first committed.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void lockProject(UUID projectId) {
        em.createNativeQuery("SELECT pg_advisory_xact_lock(?1)")
                .setParameter(1, projectId.getMostSignificantBits() ^ projectId.getLeastSignificantBits())
                .getSingleResult();
    }

    /** project.updated.v1: the project's evaluations belong to its organisation, also after an admin moved it. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void moveProject(UUID projectId, String orgCode, String orgPath) {
        em.createNativeQuery("UPDATE evaluation SET org_code = ?2, org_path = ?3 WHERE project_id = ?1"
                        + " AND (org_code <> ?2 OR org_path <> ?3)")
                .setParameter(1, projectId)
                .setParameter(2, orgCode)
                .setParameter(3, orgPath)
                .executeUpdate();
    }

    /** project.budget-executed.v1: the figures of every evaluation of the project that is still open. */
    @Transactional
    public void applyBudget(BudgetCopy b) {
        for (Evaluation e : Evaluation.<Evaluation>list("projectId", b.projectId)) {
            if (e.status.editable()) {
                copyBudget(e, b);
                EvaluationScorer.scoreEntered(e, policies.effective(e.fiscalYear, e.orgPath));
                e.updatedAt = OffsetDateTime.now();
            }
        }
    }

    /** The unit's entries; the answer carries the score they make. */
    @Transactional
    public EvaluationView update(UUID id, EvaluationInput in, Caller caller) {
        Evaluation e = writable(id, caller);
        e.requireEditable();
        if (in.revision() != null && in.revision() != e.revision) {
            throw ProblemException.conflict("Evaluation " + id + " was changed by someone else (revision " + e.revision
                    + ", yours " + in.revision() + "); reload it and apply your change again");
        }
        if (in.indicators() != null && in.indicators().size() != e.indicators.size()) {
            throw ProblemException.invalid(
                    "indicators",
                    "must have one entry per indicator (" + e.indicators.size() + "), in the evaluation's order");
        }
        e.goalExpected = in.goalExpected() != null ? in.goalExpected() : e.goalExpected;
        e.goalActual = in.goalActual() != null ? in.goalActual() : e.goalActual;
        if (in.budget() != null) {
            e.budgetInitial = in.budget().initial() != null ? in.budget().initial() : e.budgetInitial;
            e.budgetAdjusted = in.budget().adjusted() != null ? in.budget().adjusted() : e.budgetAdjusted;
            e.budgetExecuted = in.budget().executed() != null ? in.budget().executed() : e.budgetExecuted;
            e.budgetOwnLevel = in.budget().ownLevel() != null ? in.budget().ownLevel() : e.budgetOwnLevel;
            e.budgetUpperLevel = in.budget().upperLevel() != null ? in.budget().upperLevel() : e.budgetUpperLevel;
            requireLevelsWithinBudget(e);
        }
        if (in.beneficiaries() != null) {
            e.beneficiaries = Beneficiary.toJson(
                    in.beneficiaries().stream().map(Beneficiary::completed).toList());
        }
        if (in.indicators() != null) {
            for (int i = 0; i < e.indicators.size(); i++) {
                EvaluationInput.Row r = in.indicators().get(i);
                EvaluationIndicator x = e.indicators.get(i);
                if (r == null) {
                    continue;
                }
                x.actualText = r.actual();
                x.achievement = r.achievement();
                x.evaluatorScore = r.score();
                x.deviationAnalysis = r.deviationAnalysis();
            }
        }
        EvaluationScorer.score(e, policies.effective(e.fiscalYear, e.orgPath));
        e.entered(caller.name(), OffsetDateTime.now());
        return flushedView(e);
    }

    /** Submission: every row below its weight needs its deviation analysis, every worded row its verdict. */
    @Transactional
    public EvaluationView submit(UUID id, Caller caller) {
        Evaluation e = Evaluation.findById(id, LockModeType.PESSIMISTIC_WRITE);
        if (e == null || !visible(e, caller)) {
            throw ProblemException.notFound("Evaluation", id);
        }
        requireWriter(e, caller);
        e.requireSubmittable(); // before the checks: a locked sheet is refused as such, not for its contents
        EvaluationScorer.score(e, policies.effective(e.fiscalYear, e.orgPath));
        Violations v = new Violations();
        v.check(e.budgetAdjusted != null, "budget.adjusted", "is required: 全年预算数");
        v.check(e.budgetExecuted != null, "budget.executed", "is required: 全年执行数");
        for (int i = 0; i < e.indicators.size(); i++) {
            EvaluationIndicator x = e.indicators.get(i);
            if (x.applicable && x.needsDeviation && (x.deviationAnalysis == null || x.deviationAnalysis.isBlank())) {
                v.add(
                        "indicators[" + i + "].deviationAnalysis",
                        "is required: " + x.name + " scored " + x.score + " of "
                                + x.weight.stripTrailingZeros().toPlainString() + " (偏差原因分析及改进措施)");
            }
        }
        v.throwIfAny();
        e.submit(caller.name(), OffsetDateTime.now());
        EvaluationView view = flushedView(e);
        outbox.publish(
                EvaluationEvents.TOPIC,
                EvaluationEvents.SUBMITTED,
                e.id.toString(),
                new EvaluationEvents.Submitted(view, e.submittedVersion, null, caller.name(), e.updatedAt));
        return view;
    }

    /** review.completed.v1 for an evaluation: a stale or repeated outcome changes nothing. */
    @Transactional
    public void applyReview(UUID id, int version, boolean approved, String grade, String opinion) {
        Evaluation e = Evaluation.findById(id, LockModeType.PESSIMISTIC_WRITE);
        if (e == null || !e.concludeReview(version, approved, grade, opinion, OffsetDateTime.now())) {
            return;
        }
        statusEvent(e, approved ? EvaluationEvents.APPROVED : EvaluationEvents.RETURNED, grade, opinion);
    }

    /** 复核: a reviewer's total with the reason; the computed score stays as it is. */
    @Transactional
    public EvaluationView reviewScore(UUID id, ReviewScoreInput in, Caller caller) {
        Evaluation e = Evaluation.findById(id);
        if (e == null || !visible(e, caller)) {
            throw ProblemException.notFound("Evaluation", id);
        }
        boolean reviewer = caller.isAdmin() || caller.has(Roles.DEPT_REVIEWER) || caller.has(Roles.FINANCE_REVIEWER);
        if (!reviewer || caller.orgCode() != null && caller.orgCode().equals(e.orgCode) && !caller.isAdmin()) {
            throw ProblemException.forbidden("A reviewer above the unit adjusts its score");
        }
        e.reviewScore(in.total(), in.reason().strip(), caller.name(), OffsetDateTime.now());
        return flushedView(e);
    }

    /** The view after the change is flushed, so its revision is the one JPA wrote (the next revision to send). */
    private static EvaluationView flushedView(Evaluation e) {
        Evaluation.flush();
        return EvaluationView.of(e);
    }

    public EvaluationView get(UUID id, Caller caller) {
        Evaluation e = Evaluation.findById(id);
        if (e == null || !visible(e, caller)) {
            throw ProblemException.notFound("Evaluation", id);
        }
        return EvaluationView.of(e);
    }

    public PageResult<EvaluationSummary> list(
            Caller caller,
            Integer fiscalYear,
            String orgCode,
            EvaluationStatus status,
            UUID projectId,
            int page,
            int size) {
        Filters f = new Filters()
                .scopedTo(caller, "orgPath")
                .under("orgPath", orgCode)
                .eq("fiscalYear", fiscalYear)
                .eq("status", status)
                .eq("projectId", projectId);
        var found = Evaluation.find(f.where(), Sort.descending("updatedAt").and("id"), f.params());
        List<EvaluationSummary> items = found.page(Page.of(page, size)).<Evaluation>list().stream()
                .map(EvaluationSummary::of)
                .toList();
        return new PageResult<>(items, page, size, found.count());
    }

    private void replaceIndicators(Evaluation e, java.util.List<TableEvents.Indicator> rows) {
        Map<String, EvaluationIndicator> entered = new HashMap<>();
        e.indicators.forEach(x -> entered.put(key(x.level1, x.level2, x.name), x));
        e.indicators.clear();
        for (TableEvents.Indicator r : rows) {
            EvaluationIndicator x = new EvaluationIndicator();
            x.level1 = nonBlank(r.level1(), null);
            x.level2 = nonBlank(r.level2(), null);
            x.name = nonBlank(r.name(), null);
            x.targetText = nonBlank(r.target(), null);
            x.weight = r.weight();
            x.direction = r.direction();
            x.applicable = r.isApplicable();
            EvaluationIndicator before = entered.get(key(x.level1, x.level2, x.name));
            if (before != null) {
                x.actualText = before.actualText;
                x.achievement = before.achievement;
                x.evaluatorScore = before.evaluatorScore;
                x.deviationAnalysis = before.deviationAnalysis;
            }
            e.indicators.add(x);
        }
    }

    private static void copyBudget(Evaluation e, BudgetCopy b) {
        e.budgetInitial = b.initialTotal;
        e.budgetAdjusted = b.adjustedTotal;
        e.budgetExecuted = b.executedTotal;
        e.budgetBreakdown = b.breakdown;
        if (b.adjustedOwnLevel != null || b.adjustedUpperLevel != null) {
            // figures without the split keep the unit's own split: the bureau's systems may not know it
            e.budgetOwnLevel = b.adjustedOwnLevel;
            e.budgetUpperLevel = b.adjustedUpperLevel;
        }
    }

    /** 本级财政 and 上级补助 are parts of the year's budget: together never more than 全年预算数. */
    private static void requireLevelsWithinBudget(Evaluation e) {
        BigDecimal levels = Stream.of(e.budgetOwnLevel, e.budgetUpperLevel)
                .filter(Objects::nonNull)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        if (e.budgetAdjusted != null && levels.compareTo(e.budgetAdjusted) > 0) {
            throw ProblemException.invalid(
                    "budget.ownLevel",
                    "本级财政 and 上级补助 together (" + levels.toPlainString() + ") must not exceed 全年预算数 ("
                            + e.budgetAdjusted.toPlainString() + ")");
        }
    }

    private void statusEvent(Evaluation e, String type, String grade, String opinion) {
        outbox.publish(
                EvaluationEvents.TOPIC,
                type,
                e.id.toString(),
                new EvaluationEvents.StatusChanged(
                        e.id,
                        e.tableId,
                        e.projectId,
                        e.orgCode,
                        e.fiscalYear,
                        e.status,
                        grade,
                        opinion,
                        OffsetDateTime.now()));
    }

    static boolean visible(Evaluation e, Caller caller) {
        return caller.sees(e.orgPath);
    }

    private Evaluation writable(UUID id, Caller caller) {
        Evaluation e = Evaluation.findById(id);
        if (e == null || !visible(e, caller)) {
            throw ProblemException.notFound("Evaluation", id);
        }
        requireWriter(e, caller);
        return e;
    }

    private static void requireWriter(Evaluation e, Caller caller) {
        if (!caller.actsForUnit(e.orgCode)) {
            throw ProblemException.forbidden("Only staff of " + e.orgCode + " and admins fill in this self-evaluation");
        }
    }

    private static String key(String a, String b, String c) {
        return a + "/" + b + "/" + c;
    }

    private static String nonBlank(String value, String otherwise) {
        return value != null && !value.isBlank() ? value : otherwise;
    }
}
