package io.jixiao.evaluation.rectification;

import io.jixiao.evaluation.evaluation.Evaluation;
import io.jixiao.evaluation.evaluation.EvaluationStatus;
import io.jixiao.evaluation.monitoring.MonitoringSheet;
import io.jixiao.evaluation.monitoring.SheetStatus;
import io.jixiao.platform.event.RectificationEvents;
import io.jixiao.platform.outbox.Outbox;
import io.jixiao.platform.problem.ProblemException;
import io.jixiao.platform.security.Caller;
import io.jixiao.platform.security.Roles;
import io.jixiao.platform.web.Filters;
import io.jixiao.platform.web.PageResult;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

/** 问题整改: reviewers raise, close and reopen items on evaluated projects; the unit answers. Every change is an event. */
@ApplicationScoped
public class RectificationService {
    /** Deadlines are days in China: an item is overdue from the day after its deadline there. */
    static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private static final Set<EvaluationStatus> EVALUATED =
            EnumSet.of(EvaluationStatus.APPROVED, EvaluationStatus.FINAL, EvaluationStatus.NOT_APPROVED);

    private final Outbox outbox;

    RectificationService(Outbox outbox) {
        this.outbox = outbox;
    }

    static LocalDate today() {
        return LocalDate.now(CHINA);
    }

    @Transactional
    public RectificationView raise(RectificationInput in, Caller caller) {
        if ((in.evaluationId() == null) == (in.monitoringSheetId() == null)) {
            throw ProblemException.invalid(
                    "evaluationId", "give either evaluationId or monitoringSheetId: where the problem was found");
        }
        MonitoringSheet sheet = in.monitoringSheetId() == null ? null : reviewedSheet(in.monitoringSheetId(), caller);
        UUID evaluationId = sheet == null ? in.evaluationId() : sheet.evaluationId;
        Evaluation e = Evaluation.findById(evaluationId);
        if (e == null || !caller.sees(e.orgPath)) {
            throw ProblemException.invalid("evaluationId", "is not a self-evaluation you can see");
        }
        requireReviewerOf(e.orgCode, caller);
        if (sheet == null && !EVALUATED.contains(e.status)) {
            throw ProblemException.conflict("Evaluation " + e.id + " is " + e.status
                    + "; problems are raised once it is approved (APPROVED, FINAL or NOT_APPROVED)");
        }
        OffsetDateTime now = OffsetDateTime.now();
        Rectification r = new Rectification();
        r.id = UUID.randomUUID();
        r.evaluationId = e.id;
        r.monitoringSheetId = sheet == null ? null : sheet.id;
        r.projectId = e.projectId;
        r.projectName = e.projectName;
        r.orgCode = e.orgCode;
        r.orgPath = e.orgPath;
        r.fiscalYear = e.fiscalYear;
        r.status = RectificationStatus.OPEN;
        r.problem = in.problem().strip();
        r.requirement = in.requirement().strip();
        r.deadline = in.deadline();
        r.raisedBy = caller.name();
        r.raisedAt = now;
        r.updatedAt = now;
        r.persist();
        return announce(r, RectificationEvents.RAISED, null, caller);
    }

    @Transactional
    public RectificationView answer(UUID id, AnswerInput in, Caller caller) {
        Rectification r = locked(id, caller, in.revision());
        if (!caller.actsForUnit(r.orgCode)) {
            throw ProblemException.forbidden("Only staff of " + r.orgCode + " and admins answer this item");
        }
        r.answer(in.measures().strip(), caller.name(), OffsetDateTime.now());
        return announce(r, RectificationEvents.ANSWERED, null, caller);
    }

    @Transactional
    public RectificationView close(UUID id, ReviewerInput in, Caller caller) {
        Rectification r = locked(id, caller, in.revision());
        requireReviewerOf(r.orgCode, caller);
        String comment = blankToNull(in.comment());
        r.close(comment, caller.name(), OffsetDateTime.now());
        return announce(r, RectificationEvents.CLOSED, comment, caller);
    }

    @Transactional
    public RectificationView reopen(UUID id, ReviewerInput in, Caller caller) {
        Rectification r = locked(id, caller, in.revision());
        requireReviewerOf(r.orgCode, caller);
        String comment = blankToNull(in.comment());
        if (comment == null) {
            throw ProblemException.invalid("comment", "is required: say what is still missing");
        }
        if (in.deadline() != null && in.deadline().isBefore(today())) {
            throw ProblemException.invalid("deadline", "must not be in the past (" + today() + ")");
        }
        r.reopen(comment, in.deadline(), OffsetDateTime.now());
        return announce(r, RectificationEvents.REOPENED, comment, caller);
    }

    /** A monitoring finding is raised once the sheet's review has approved it. */
    private static MonitoringSheet reviewedSheet(UUID id, Caller caller) {
        MonitoringSheet sheet = MonitoringSheet.findById(id);
        if (sheet == null || !caller.sees(sheet.orgPath)) {
            throw ProblemException.invalid("monitoringSheetId", "is not a monitoring sheet you can see");
        }
        if (sheet.status != SheetStatus.APPROVED) {
            throw ProblemException.conflict("Monitoring sheet " + id + " is " + sheet.status
                    + "; problems are raised once its review approved it");
        }
        return sheet;
    }

    public RectificationView get(UUID id, Caller caller) {
        return RectificationView.of(visibleOne(id, caller), today());
    }

    public PageResult<RectificationView> list(Caller caller, RectificationQuery q, int page, int size) {
        Filters f = new Filters()
                .scopedTo(caller, "orgPath")
                .under("orgPath", q.orgCode())
                .eq("fiscalYear", q.fiscalYear())
                .eq("status", q.overdue() ? RectificationStatus.OPEN : q.status())
                .eq("evaluationId", q.evaluationId())
                .eq("monitoringSheetId", q.monitoringSheetId());
        String where = f.where();
        var params = new java.util.HashMap<>(f.params());
        if (q.overdue()) {
            where += " and deadline < :today";
            params.put("today", today());
        }
        var found = Rectification.find(where, Sort.ascending("deadline").and("id"), params);
        LocalDate today = today();
        var items = found.page(Page.of(page, size)).<Rectification>list().stream()
                .map(r -> RectificationView.of(r, today))
                .toList();
        return new PageResult<>(items, page, size, found.count());
    }

    Rectification visibleOne(UUID id, Caller caller) {
        Rectification r = Rectification.findById(id);
        if (r == null || !caller.sees(r.orgPath)) {
            throw ProblemException.notFound("Rectification", id);
        }
        return r;
    }

    private Rectification locked(UUID id, Caller caller, Integer revision) {
        Rectification r = Rectification.findById(id, LockModeType.PESSIMISTIC_WRITE);
        if (r == null || !caller.sees(r.orgPath)) {
            throw ProblemException.notFound("Rectification", id);
        }
        if (revision != null && revision != r.revision) {
            throw ProblemException.conflict("Rectification " + id + " was changed by someone else (revision "
                    + r.revision + ", yours " + revision + "); reload it");
        }
        return r;
    }

    /** A reviewer above the unit (its department or finance bureau), or an admin. */
    private static void requireReviewerOf(String unitCode, Caller caller) {
        boolean reviewer = caller.has(Roles.DEPT_REVIEWER) || caller.has(Roles.FINANCE_REVIEWER);
        if (!caller.isAdmin() && (!reviewer || unitCode.equals(caller.orgCode()))) {
            throw ProblemException.forbidden("A reviewer above " + unitCode + " raises, closes and reopens its items");
        }
    }

    private RectificationView announce(Rectification r, String type, String comment, Caller caller) {
        Rectification.flush(); // the view carries the revision JPA wrote
        outbox.publish(
                RectificationEvents.TOPIC,
                type,
                r.evaluationId.toString(),
                new RectificationEvents.Changed(
                        r.id,
                        r.evaluationId,
                        r.monitoringSheetId,
                        r.projectId,
                        r.projectName,
                        r.orgCode,
                        r.orgPath,
                        r.fiscalYear,
                        r.status.name(),
                        r.problem,
                        r.requirement,
                        r.deadline,
                        r.measures,
                        comment,
                        caller.name(),
                        r.updatedAt));
        return RectificationView.of(r, today());
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
