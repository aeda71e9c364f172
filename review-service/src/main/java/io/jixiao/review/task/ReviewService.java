package io.jixiao.review.task;

import io.jixiao.platform.event.ReviewEvents;
import io.jixiao.platform.outbox.Outbox;
import io.jixiao.platform.problem.Problem;
import io.jixiao.platform.problem.ProblemException;
import io.jixiao.platform.problem.Violations;
import io.jixiao.platform.security.Caller;
import io.jixiao.platform.security.OrgPath;
import io.jixiao.platform.web.Filters;
import io.jixiao.platform.web.PageResult;
import io.jixiao.review.chain.ChainService;
import io.jixiao.review.chain.Stage;
import io.jixiao.review.chain.SubjectType;
import io.jixiao.rules.scoring.Grade;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Review rounds: a submission opens a round with a task for its first stage; approving a stage opens the next;
 * approving the last or returning at any stage completes the round (review.completed.v1).
 */
@ApplicationScoped
public class ReviewService {
    private static final Logger LOG = Logger.getLogger(ReviewService.class);

    private final ChainService chains;
    private final Outbox outbox;
    private final ReviewConfig config;

    ReviewService(ChainService chains, Outbox outbox, ReviewConfig config) {
        this.chains = chains;
        this.outbox = outbox;
        this.config = config;
    }

    /** A submitted version of a subject; a version already under review opens nothing new. */
    @Transactional
    public void openRound(Submission submitted) {
        Submission s = atCurrentLocation(submitted);
        if (ReviewTask.count(
                        "subjectType = ?1 and subjectId = ?2 and subjectVersion = ?3",
                        s.type(),
                        s.subjectId(),
                        s.version())
                > 0) {
            return;
        }
        List<Stage> plan = chains.stagesFor(s.type(), s.orgPath());
        if (plan.isEmpty()) {
            LOG.warnf(
                    "no review stage applies to %s %s at %s; nothing to review", s.type(), s.subjectId(), s.orgPath());
            return;
        }
        openTask(s, plan, 0, OffsetDateTime.now());
    }

    @Transactional
    public TaskView decide(UUID taskId, DecisionInput in, Caller caller) {
        ReviewTask task = ReviewTask.findById(taskId, LockModeType.PESSIMISTIC_WRITE);
        if (task == null || !visible(task, caller)) {
            throw ProblemException.notFound("Review task", taskId);
        }
        if (!caller.isAdmin()
                && !(caller.has(task.stageType.reviewerRole) && task.reviewerOrgCode.equals(caller.orgCode()))) {
            throw ProblemException.forbidden(
                    "This stage is decided by the " + task.stageType.reviewerRole + "s of " + task.reviewerOrgCode);
        }
        if (task.status != TaskStatus.PENDING) {
            throw new ProblemException(Problem.of(
                    409,
                    "Already decided",
                    "Review task " + taskId + " was already " + task.status + " by " + task.decidedBy + " at "
                            + task.decidedAt));
        }
        ReviewEvents.Decision decision = ReviewEvents.Decision.valueOf(in.outcome()); // the input's pattern checked it
        boolean approve = decision == ReviewEvents.Decision.APPROVE;
        checkDecision(approve, in);
        if (in.financeMeasure() != null && task.subjectType != SubjectType.MONITORING) {
            throw ProblemException.invalid(
                    "financeMeasure", "is for monitoring sheets only; this task reviews a " + task.subjectType);
        }
        OffsetDateTime now = OffsetDateTime.now();
        task.status = approve ? TaskStatus.APPROVED : TaskStatus.RETURNED;
        task.grade = in.grade();
        task.opinion = in.opinion() == null ? null : in.opinion().strip();
        task.financeMeasure = in.financeMeasure();
        task.decidedBy = caller.name();
        task.decidedAt = now;
        outbox.publish(ReviewEvents.TOPIC, ReviewEvents.DECIDED, task.subjectId.toString(), decided(task));
        if (approve && !task.last()) {
            openTask(Submission.of(task), task.plan, task.stage + 1, now);
        } else {
            complete(task, approve);
        }
        return view(task);
    }

    public PageResult<TaskSummary> list(
            Caller caller,
            TaskStatus status,
            SubjectType type,
            UUID subjectId,
            String orgCode,
            Boolean overdue,
            int page,
            int size) {
        StringBuilder q = new StringBuilder("1 = 1");
        Map<String, Object> p = new HashMap<>();
        if (!caller.seesEverything()) {
            q.append(" and (reviewerOrgPath like :scope escape '\\' or subjectOrgPath like :scope escape '\\')");
            p.put("scope", OrgPath.underPattern(caller.requireOrgCode()));
        }
        if (orgCode != null && !orgCode.isBlank()) {
            q.append(" and (reviewerOrgCode = :org or subjectOrgPath like :orgPath escape '\\')");
            p.put("org", orgCode.strip());
            p.put("orgPath", OrgPath.underPattern(orgCode.strip()));
        }
        Filters f = new Filters().eq("status", status).eq("subjectType", type).eq("subjectId", subjectId);
        q.append(f.where().substring("1 = 1".length()));
        p.putAll(f.params());
        OffsetDateTime now = OffsetDateTime.now();
        if (overdue != null) {
            q.append(
                    overdue
                            ? " and status = 'PENDING' and dueAt < :now"
                            : " and not (status = 'PENDING' and dueAt < :now)");
            p.put("now", now);
        }
        var found = ReviewTask.find(q.toString(), Sort.descending("createdAt").and("id"), p);
        List<TaskSummary> items = found.page(Page.of(page, size)).<ReviewTask>list().stream()
                .map(t -> TaskSummary.of(t, now))
                .toList();
        return new PageResult<>(items, page, size, found.count());
    }

    public TaskView get(UUID id, Caller caller) {
        ReviewTask t = ReviewTask.findById(id);
        if (t == null || !visible(t, caller)) {
            throw ProblemException.notFound("Review task", id);
        }
        return view(t);
    }

    /** Every round of a subject with every decision and opinion, oldest first: the audit trail. */
    public List<ReviewRound> history(UUID subjectId, Caller caller) {
        List<ReviewTask> tasks = ReviewTask.list("subjectId = ?1 order by subjectVersion, stage", subjectId);
        if (tasks.isEmpty() || !visible(tasks.get(0), caller)) {
            throw ProblemException.notFound("Reviews of", subjectId);
        }
        OffsetDateTime now = OffsetDateTime.now();
        return ReviewRound.of(tasks, now);
    }

    /**
     * project.updated.v1: an admin moved a project to another unit. Its pending tasks follow it: the subject's
     * organisation changes, and so does the reviewer of the current stage where the new unit's chain resolves to
     * the same kinds of stages (another department above the new unit). Where it does not (the new unit has no
     * department between it and the bureau), the reviewers stay as the round was planned and a warning says so.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void projectAt(UUID projectId, String orgCode, String orgPath, int version) {
        ProjectLocation at = ProjectLocation.findById(projectId);
        if (at != null && at.version >= version) {
            return;
        }
        if (at == null) {
            at = new ProjectLocation();
            at.projectId = projectId;
        }
        at.orgCode = orgCode;
        at.orgPath = orgPath;
        at.version = version;
        at.persist();
        followProject(projectId, orgCode, orgPath);
    }

    /** A submission read after its project moved (the events travel on different topics) starts where it is now. */
    private static Submission atCurrentLocation(Submission s) {
        ProjectLocation at = s.projectId() == null ? null : ProjectLocation.findById(s.projectId());
        return at == null || at.orgPath.equals(s.orgPath()) ? s : s.at(at.orgCode, at.orgPath);
    }

    private void followProject(UUID projectId, String orgCode, String orgPath) {
        List<ReviewTask> pending = ReviewTask.list(
                "projectId = ?1 and status = ?2 and subjectOrgPath <> ?3", projectId, TaskStatus.PENDING, orgPath);
        for (ReviewTask t : pending) {
            t.subjectOrgCode = orgCode;
            t.subjectOrgPath = orgPath;
            List<Stage> plan = chains.stagesFor(t.subjectType, orgPath);
            if (sameKinds(plan, t.plan)) {
                t.plan = plan;
                t.reviewerOrgCode = plan.get(t.stage).orgCode();
                t.reviewerOrgPath = plan.get(t.stage).orgPath();
            } else {
                LOG.warnf(
                        "task %s: project %s moved to %s, whose chain has other stages; its reviewers stay %s",
                        t.id, projectId, orgCode, t.plan);
            }
        }
    }

    private static boolean sameKinds(List<Stage> a, List<Stage> b) {
        return a.size() == b.size()
                && java.util.stream.IntStream.range(0, a.size())
                        .allMatch(i -> a.get(i).type() == b.get(i).type());
    }

    private void openTask(Submission s, List<Stage> plan, int stage, OffsetDateTime now) {
        Stage at = plan.get(stage);
        ReviewTask t = new ReviewTask();
        t.id = UUID.randomUUID();
        t.subjectType = s.type();
        t.subjectId = s.subjectId();
        t.projectId = s.projectId();
        t.subjectVersion = s.version();
        t.subjectTitle = s.title();
        t.subjectOrgCode = s.orgCode();
        t.subjectOrgPath = s.orgPath();
        t.stage = stage;
        t.stageCount = plan.size();
        t.stageType = at.type();
        t.reviewerOrgCode = at.orgCode();
        t.reviewerOrgPath = at.orgPath();
        t.plan = plan;
        t.status = TaskStatus.PENDING;
        t.snapshot = s.snapshot();
        t.changes = s.changes();
        t.createdAt = now;
        t.dueAt = now.plusDays(config.dueDays());
        t.persist();
        outbox.publish(
                ReviewEvents.TOPIC,
                ReviewEvents.TASK_CREATED,
                t.subjectId.toString(),
                new ReviewEvents.TaskCreated(
                        t.id,
                        t.subjectType.name(),
                        t.subjectId,
                        t.subjectVersion,
                        t.subjectTitle,
                        t.subjectOrgCode,
                        t.stage,
                        t.stageCount,
                        t.stageType.name(),
                        t.reviewerOrgCode,
                        t.dueAt));
    }

    private void complete(ReviewTask last, boolean approved) {
        List<ReviewEvents.Decided> decisions = ReviewTask.<ReviewTask>list(
                        "subjectType = ?1 and subjectId = ?2 and subjectVersion = ?3 and status <> ?4 order by stage",
                        last.subjectType,
                        last.subjectId,
                        last.subjectVersion,
                        TaskStatus.PENDING)
                .stream()
                .map(ReviewService::decided)
                .toList();
        outbox.publish(
                ReviewEvents.TOPIC,
                ReviewEvents.COMPLETED,
                last.subjectId.toString(),
                new ReviewEvents.Completed(
                        last.subjectType.name(),
                        last.subjectId,
                        last.subjectVersion,
                        last.subjectOrgCode,
                        ReviewEvents.Outcome.of(approved),
                        last.grade,
                        last.opinion,
                        last.decidedBy,
                        last.decidedAt,
                        decisions,
                        decisions.stream() // the latest stage that named a measure decides it
                                .map(ReviewEvents.Decided::financeMeasure)
                                .filter(java.util.Objects::nonNull)
                                .reduce((first, second) -> second)
                                .orElse(null)));
    }

    /** 优 and 良 pass (良 after agreed changes); 中 goes back for revision, 差 is rejected; a return says why. */
    private static void checkDecision(boolean approve, DecisionInput in) {
        Violations v = new Violations();
        Grade grade = Grade.ofLabel(in.grade()); // the input's pattern allows the four labels only
        if (approve) {
            v.check(
                    grade == null || grade.approves(),
                    "grade",
                    "an approval is graded 优 or 良; 中 and 差 send the table back (RETURN)");
        } else {
            v.check(
                    grade == null || !grade.approves(),
                    "grade",
                    "a return is graded 中 or 差; 优 and 良 approve (APPROVE)");
            v.check(
                    in.opinion() != null && !in.opinion().isBlank(),
                    "opinion",
                    "is required to return: say what has to change (审核意见)");
        }
        v.throwIfAny();
    }

    static ReviewEvents.Decided decided(ReviewTask t) {
        return new ReviewEvents.Decided(
                t.id,
                t.subjectType.name(),
                t.subjectId,
                t.subjectVersion,
                t.stage,
                t.stageType.name(),
                t.reviewerOrgCode,
                t.status == TaskStatus.APPROVED ? ReviewEvents.Decision.APPROVE : ReviewEvents.Decision.RETURN,
                t.grade,
                t.opinion,
                t.decidedBy,
                t.decidedAt,
                t.financeMeasure);
    }

    /** Reviewers see the tasks of their subtree's stages; owners see the tasks about their own subjects. */
    private static boolean visible(ReviewTask t, Caller caller) {
        if (caller.seesEverything()) {
            return true;
        }
        String org = caller.requireOrgCode();
        return OrgPath.under(t.reviewerOrgPath, org) || OrgPath.under(t.subjectOrgPath, org);
    }

    static TaskView view(ReviewTask t) {
        return new TaskView(TaskSummary.of(t, OffsetDateTime.now()), Json.read(t.snapshot), Json.read(t.changes));
    }
}
