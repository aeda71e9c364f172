package io.jixiao.indicator.table;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.jixiao.indicator.framework.Framework;
import io.jixiao.indicator.framework.FrameworkService;
import io.jixiao.indicator.framework.FrameworkView;
import io.jixiao.indicator.project.ProjectCopy;
import io.jixiao.platform.event.ReviewEvents;
import io.jixiao.platform.outbox.Outbox;
import io.jixiao.platform.problem.Problem;
import io.jixiao.platform.problem.ProblemException;
import io.jixiao.platform.problem.Violations;
import io.jixiao.platform.security.Caller;
import io.jixiao.platform.security.OrgPath;
import io.jixiao.platform.security.Roles;
import io.jixiao.platform.web.Filters;
import io.jixiao.platform.web.PageResult;
import io.jixiao.rules.target.TargetParser;
import io.jixiao.rules.target.TargetValue;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Target tables from draft to approval: editing while DRAFT, RETURNED or ADJUSTING; submission as a new version with
 * the reviewer's checks run first; approval locks the targets. Staff of the owning unit write, reviewers read their
 * subtree, everyone else gets 404.
 */
@ApplicationScoped
public class TargetTableService {
    private final TargetParser parser = new TargetParser();
    private final Outbox outbox;
    private final FrameworkService frameworks;
    private final ObjectMapper json;

    TargetTableService(Outbox outbox, FrameworkService frameworks, ObjectMapper json) {
        this.outbox = outbox;
        this.frameworks = frameworks;
        this.json = json;
    }

    @Transactional
    public TargetTableView create(TargetTableInput in, Caller caller) {
        if (in.projectId() == null) {
            throw ProblemException.invalid("projectId", "is required");
        }
        ProjectCopy project = ProjectCopy.findById(in.projectId());
        if (project == null || !visible(project.orgPath, caller)) {
            throw ProblemException.notFound("Project", in.projectId());
        }
        requireWriter(project.orgCode, caller);
        TargetTable t = draftOf(project, caller.name());
        setPeriod(t, in, project);
        if (TargetTable.count(
                        "projectId = ?1 and period = ?2 and periodStartYear = ?3 and periodEndYear = ?4",
                        t.projectId,
                        t.period,
                        t.periodStartYear,
                        t.periodEndYear)
                > 0) {
            throw ProblemException.conflict(
                    "Project " + project.id + " already has a " + t.period + " target table for " + t.periodStartYear
                            + (t.periodEndYear.equals(t.periodStartYear) ? "" : "–" + t.periodEndYear));
        }
        apply(t, in);
        t.edited(caller.name(), t.createdAt);
        t.persist();
        return view(t);
    }

    @Transactional
    public TargetTableView update(UUID id, TargetTableInput in, Caller caller) {
        TargetTable t = writable(id, caller);
        t.requireEditable();
        if (in.revision() != null && in.revision() != t.revision) {
            throw ProblemException.conflict("Target table " + id + " was changed by someone else (revision "
                    + t.revision + ", yours " + in.revision() + "); reload it and apply your change again");
        }
        if (in.projectId() != null && !in.projectId().equals(t.projectId)) {
            throw ProblemException.invalid("projectId", "cannot change: a table stays with its project");
        }
        if (t.period == Period.MID_TERM && (in.periodStartYear() != null || in.periodEndYear() != null)) {
            setPeriod(t, in, ProjectCopy.findById(t.projectId));
        }
        apply(t, in);
        t.edited(caller.name(), OffsetDateTime.now());
        return flushedView(t);
    }

    @Transactional
    public TargetTableView submit(UUID id, Caller caller) {
        TargetTable t = TargetTable.findById(id, LockModeType.PESSIMISTIC_WRITE);
        if (t == null || !visible(t.orgPath, caller)) {
            throw ProblemException.notFound("Target table", id);
        }
        requireWriter(t.orgCode, caller);
        t.requireSubmittable(); // before the checks: a locked table is refused as such, not for its contents
        TargetTableView before = view(t);
        List<Problem.Violation> problems = SubmissionCheck.of(before);
        if (!problems.isEmpty()) {
            throw new ProblemException(Problem.invalid(
                    problems.size() + " point(s) to fix before the table can be submitted for review", problems));
        }
        Integer previous = t.submittedVersion == 0 ? null : t.submittedVersion;
        boolean adjustment = t.submit(caller.name(), OffsetDateTime.now());
        TargetTableView submitted = flushedView(t);
        TableVersion v = new TableVersion();
        v.key = new TableVersion.Key(t.id, t.submittedVersion);
        v.kind = adjustment ? TableVersion.Kind.ADJUSTMENT : TableVersion.Kind.SUBMISSION;
        v.submittedAt = t.updatedAt;
        v.submittedBy = caller.name();
        v.snapshot = write(submitted);
        v.persist();
        IndicatorChanges changes =
                previous == null ? null : IndicatorChanges.between(snapshot(t.id, previous), submitted);
        outbox.publish(
                TargetTableEvents.TOPIC,
                TargetTableEvents.SUBMITTED,
                t.id.toString(),
                new TargetTableEvents.Submitted(
                        submitted,
                        t.submittedVersion,
                        adjustment ? "ADJUSTMENT" : "TARGET_TABLE",
                        previous,
                        changes,
                        caller.name(),
                        t.updatedAt));
        return submitted;
    }

    /** 调整: approved targets change only through a new round of review; the approved version stays readable. */
    @Transactional
    public TargetTableView startAdjustment(UUID id, Caller caller) {
        TargetTable t = writable(id, caller);
        t.startAdjustment(caller.name(), OffsetDateTime.now());
        outbox.publish(
                TargetTableEvents.TOPIC,
                TargetTableEvents.ADJUSTING,
                t.id.toString(),
                new TargetTableEvents.Adjusting(
                        t.id, t.projectId, t.orgCode, t.approvedVersion, caller.name(), t.updatedAt));
        return flushedView(t);
    }

    /** 信息公开: approved targets become readable by everyone under /api/v1/public. */
    @Transactional
    public TargetTableView publish(UUID id, Caller caller) {
        TargetTable t = writable(id, caller);
        t.publish(caller.name(), OffsetDateTime.now());
        outbox.publish(
                TargetTableEvents.TOPIC,
                TargetTableEvents.PUBLISHED,
                t.id.toString(),
                new TargetTableEvents.Published(snapshot(t.id, t.publishedVersion), t.publishedVersion, t.publishedAt));
        return flushedView(t);
    }

    /** The published version of a table, for anyone; 404 for what was never published. */
    public PublishedTargetTable published(UUID id) {
        TargetTable t = TargetTable.findById(id);
        if (t == null || t.publishedVersion == null) {
            throw ProblemException.notFound("Published target table", id);
        }
        return PublishedTargetTable.of(snapshot(id, t.publishedVersion), t.publishedVersion, t.publishedAt);
    }

    public PageResult<PublishedTargetTable.Summary> listPublished(
            Integer fiscalYear, String orgCode, int page, int size) {
        Filters f = new Filters().under("orgPath", orgCode).eq("fiscalYear", fiscalYear);
        var found = TargetTable.find(
                f.where() + " and publishedVersion is not null",
                Sort.ascending("orgCode").and("id"),
                f.params());
        List<TargetTable> tables = found.page(Page.of(page, size)).list();
        // the projects' names and units in one query for the page, not one per row
        Map<UUID, ProjectCopy> projects = tables.isEmpty()
                ? Map.of()
                : ProjectCopy.<ProjectCopy>list(
                                "id in ?1",
                                tables.stream().map(t -> t.projectId).toList())
                        .stream()
                        .collect(java.util.stream.Collectors.toMap(p -> p.id, p -> p));
        List<PublishedTargetTable.Summary> items = tables.stream()
                .map(t -> PublishedTargetTable.Summary.of(t, projects.get(t.projectId)))
                .toList();
        return new PageResult<>(items, page, size, found.count());
    }

    /**
     * 导入: a table read from a document for a project the import registered. A table of the same project and period
     * already there is kept and answered (the import is repeated, not doubled). {@code approved} records history tables
     * (years already decided on paper) as approved version 1 and announces them like a review would.
     */
    @Transactional
    public UUID createImported(ProjectCopy project, TargetTableInput in, boolean approved, String actor) {
        TargetTable t = draftOf(project, actor);
        setPeriod(t, in, project);
        TargetTable existing = TargetTable.find(
                        "projectId = ?1 and period = ?2 and periodStartYear = ?3 and periodEndYear = ?4",
                        project.id,
                        t.period,
                        t.periodStartYear,
                        t.periodEndYear)
                .firstResult();
        if (existing != null) {
            return existing.id;
        }
        apply(t, in);
        t.edited(actor, t.createdAt);
        if (approved) {
            t.approvedBeforeThisSystem(actor, "导入: approved before this system, read from the published document");
        }
        t.persist(); // inserted as it is: a new table, revision 0, whether a draft or approved history
        if (approved) {
            TargetTableView view = view(t);
            TableVersion v = new TableVersion();
            v.key = new TableVersion.Key(t.id, 1);
            v.kind = TableVersion.Kind.SUBMISSION;
            v.submittedAt = t.createdAt;
            v.submittedBy = actor;
            v.snapshot = write(view);
            v.outcome = ReviewEvents.Outcome.APPROVED;
            v.opinion = t.lastOpinion;
            v.decidedAt = t.createdAt;
            v.persist();
            outbox.publish(
                    TargetTableEvents.TOPIC,
                    TargetTableEvents.APPROVED,
                    t.id.toString(),
                    new TargetTableEvents.Approved(view, 1, null, t.lastOpinion, t.createdAt));
        }
        return t.id;
    }

    /** Applies the end of a review round to the version it was about; a stale or repeated outcome changes nothing. */
    @Transactional
    public void applyReview(UUID tableId, int version, boolean approved, String grade, String opinion) {
        TargetTable t = TargetTable.findById(tableId, LockModeType.PESSIMISTIC_WRITE);
        OffsetDateTime now = OffsetDateTime.now();
        if (t == null || !t.concludeReview(version, approved, grade, opinion, now)) {
            return;
        }
        TableVersion v = TableVersion.findById(new TableVersion.Key(tableId, version));
        v.outcome = ReviewEvents.Outcome.of(approved);
        v.grade = grade;
        v.opinion = opinion;
        v.decidedAt = now;
        if (approved) {
            outbox.publish(
                    TargetTableEvents.TOPIC,
                    TargetTableEvents.APPROVED,
                    t.id.toString(),
                    new TargetTableEvents.Approved(flushedView(t), version, grade, opinion, now));
        } else {
            outbox.publish(
                    TargetTableEvents.TOPIC,
                    TargetTableEvents.RETURNED,
                    t.id.toString(),
                    new TargetTableEvents.Returned(t.id, t.projectId, t.orgCode, version, grade, opinion, now));
        }
    }

    public TargetTableView get(UUID id, Caller caller) {
        return view(visibleTable(id, caller));
    }

    public PageResult<TargetTableSummary> list(
            Caller caller, Integer fiscalYear, String orgCode, TableStatus status, UUID projectId, int page, int size) {
        Filters f = new Filters()
                .scopedTo(caller, "orgPath")
                .under("orgPath", orgCode)
                .eq("fiscalYear", fiscalYear)
                .eq("status", status)
                .eq("projectId", projectId);
        var found = TargetTable.find(f.where(), Sort.descending("updatedAt").and("id"), f.params());
        List<TargetTableSummary> items = found.page(Page.of(page, size)).<TargetTable>list().stream()
                .map(TargetTableSummary::of)
                .toList();
        return new PageResult<>(items, page, size, found.count());
    }

    public List<VersionSummary> versions(UUID id, Caller caller) {
        visibleTable(id, caller);
        return TableVersion.<TableVersion>find("key.tableId = ?1 order by key.version", id).list().stream()
                .map(VersionSummary::of)
                .toList();
    }

    public TargetTableView version(UUID id, int version, Caller caller) {
        visibleTable(id, caller);
        return snapshot(id, version);
    }

    /** What changed from one version to another; {@code to} null means the table as it is now. */
    public IndicatorChanges changes(UUID id, int from, Integer to, Caller caller) {
        TargetTable t = visibleTable(id, caller);
        return IndicatorChanges.between(snapshot(id, from), to == null ? view(t) : snapshot(id, to));
    }

    private static TargetTable draftOf(ProjectCopy project, String actor) {
        TargetTable t = new TargetTable();
        t.id = UUID.randomUUID();
        t.projectId = project.id;
        t.orgCode = project.orgCode;
        t.orgPath = project.orgPath;
        t.fiscalYear = project.fiscalYear;
        t.status = TableStatus.DRAFT;
        t.createdAt = OffsetDateTime.now();
        t.createdBy = actor;
        return t;
    }

    private void setPeriod(TargetTable t, TargetTableInput in, ProjectCopy project) {
        List<Problem.Violation> problems = periodProblems(in, project);
        if (!problems.isEmpty()) {
            throw ProblemException.invalid(problems);
        }
        t.period = in.period() == null ? Period.ANNUAL : in.period();
        t.periodStartYear = t.period == Period.ANNUAL ? project.fiscalYear : in.periodStartYear();
        t.periodEndYear = t.period == Period.ANNUAL ? project.fiscalYear : in.periodEndYear();
    }

    /**
     * What is wrong with the period {@code in} asks for, for this project (empty: nothing). An ANNUAL table covers the
     * project's year; a MID_TERM span covers more than one year, that year among them.
     */
    public static List<Problem.Violation> periodProblems(TargetTableInput in, ProjectCopy project) {
        Violations v = new Violations();
        if (in.period() == null || in.period() == Period.ANNUAL) {
            v.check(
                    in.periodStartYear() == null || in.periodStartYear().equals(project.fiscalYear),
                    "periodStartYear",
                    "an ANNUAL table covers its project's fiscal year " + project.fiscalYear);
        } else if (in.periodStartYear() == null || in.periodEndYear() == null) {
            v.check(in.periodStartYear() != null, "periodStartYear", "is required for a MID_TERM table");
            v.check(in.periodEndYear() != null, "periodEndYear", "is required for a MID_TERM table");
        } else {
            v.check(
                    in.periodEndYear() > in.periodStartYear(),
                    "periodEndYear",
                    "a mid-term span covers more than one year");
            v.check(
                    in.periodStartYear() <= project.fiscalYear && project.fiscalYear <= in.periodEndYear(),
                    "periodStartYear",
                    "the span must include the project's fiscal year " + project.fiscalYear);
        }
        return v.list();
    }

    private void apply(TargetTable t, TargetTableInput in) {
        Framework framework = frameworkOf(in);
        t.frameworkCode = framework.key.code();
        t.frameworkVersion = framework.key.version();
        t.overallGoal = in.overallGoal();
        t.annualGoal = in.annualGoal();
        t.indicators.clear();
        for (IndicatorInput i : in.indicators()) {
            t.indicators.add(indicator(i));
        }
    }

    private Indicator indicator(IndicatorInput in) {
        Indicator i = new Indicator();
        i.level1 = strip(in.level1());
        i.level2 = strip(in.level2());
        i.name = strip(in.name());
        i.targetText = in.target();
        i.standard = in.standard();
        i.expectedValue = in.expectedValue();
        i.weight = in.weight();
        i.unit = strip(in.unit());
        TargetValue parsed = parser.parse(in.target(), i.satisfaction());
        i.direction = in.direction() != null ? in.direction() : parsed.direction();
        i.applicable = in.applicable() != null ? in.applicable() : !parsed.notApplicable();
        i.comparator = parsed.comparator();
        i.targetValue = parsed.value();
        i.targetUpper = parsed.upper();
        i.targetUnit = parsed.unit();
        return i;
    }

    private Framework frameworkOf(TargetTableInput in) {
        Framework f = in.frameworkVersion() == null
                ? Framework.find("key.code = ?1 order by key.version desc", in.frameworkCode())
                        .firstResult()
                : Framework.findById(new Framework.Key(in.frameworkCode(), in.frameworkVersion()));
        if (f == null) {
            throw ProblemException.invalid(
                    "frameworkCode",
                    "no framework " + in.frameworkCode()
                            + (in.frameworkVersion() == null ? "" : " version " + in.frameworkVersion())
                            + "; GET /api/v1/frameworks lists them");
        }
        return f;
    }

    /** The view after the change is flushed, so its revision is the one JPA wrote (the next If-Match / revision). */
    private TargetTableView flushedView(TargetTable t) {
        TargetTable.flush();
        return view(t);
    }

    TargetTableView view(TargetTable t) {
        ProjectCopy project = ProjectCopy.findById(t.projectId);
        List<IndicatorView> indicators =
                t.indicators.stream().map(IndicatorView::of).toList();
        FrameworkView framework = frameworks.get(t.frameworkCode, t.frameworkVersion);
        List<String> notes = new ArrayList<>(FrameworkFit.notes(framework, indicators));
        var v = new TargetTableView.Builder();
        v.id = t.id;
        v.projectId = t.projectId;
        v.projectName = project == null ? null : project.name;
        v.amountUnit = project == null ? null : project.amountUnit;
        v.orgCode = t.orgCode;
        v.orgPath = t.orgPath;
        v.fiscalYear = t.fiscalYear;
        v.period = t.period;
        v.periodStartYear = t.periodStartYear;
        v.periodEndYear = t.periodEndYear;
        v.frameworkCode = t.frameworkCode;
        v.frameworkVersion = t.frameworkVersion;
        v.overallGoal = t.overallGoal;
        v.annualGoal = t.annualGoal;
        v.status = t.status;
        v.version = t.submittedVersion;
        v.approvedVersion = t.approvedVersion;
        v.lastOpinion = t.lastOpinion;
        v.lastGrade = t.lastGrade;
        v.indicators = indicators;
        v.notes = notes;
        v.revision = t.revision;
        v.updatedAt = t.updatedAt;
        v.updatedBy = t.updatedBy;
        return v.build();
    }

    private TargetTableView snapshot(UUID id, int version) {
        TableVersion v = TableVersion.findById(new TableVersion.Key(id, version));
        if (v == null) {
            throw ProblemException.notFound("Version", version + " of target table " + id);
        }
        try {
            return json.readValue(v.snapshot, TargetTableView.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable snapshot of " + id + " v" + version, e);
        }
    }

    private String write(TargetTableView view) {
        try {
            return json.writeValueAsString(view);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static boolean visible(String orgPath, Caller caller) {
        return caller.seesEverything() || OrgPath.under(orgPath, caller.requireOrgCode());
    }

    private TargetTable visibleTable(UUID id, Caller caller) {
        TargetTable t = TargetTable.findById(id);
        if (t == null || !visible(t.orgPath, caller)) {
            throw ProblemException.notFound("Target table", id);
        }
        return t;
    }

    private TargetTable writable(UUID id, Caller caller) {
        TargetTable t = visibleTable(id, caller);
        requireWriter(t.orgCode, caller);
        return t;
    }

    private static void requireWriter(String orgCode, Caller caller) {
        boolean own = caller.has(Roles.UNIT_STAFF) && orgCode.equals(caller.orgCode());
        if (!caller.isAdmin() && !own) {
            throw ProblemException.forbidden(
                    "Only staff of " + orgCode + " and admins write this unit's target tables");
        }
    }

    private static String strip(String s) {
        return s == null ? null : s.strip();
    }
}
