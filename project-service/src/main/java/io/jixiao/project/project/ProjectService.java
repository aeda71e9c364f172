package io.jixiao.project.project;

import io.jixiao.platform.event.ProjectEvents;
import io.jixiao.platform.outbox.Outbox;
import io.jixiao.platform.problem.ProblemException;
import io.jixiao.platform.problem.Violations;
import io.jixiao.platform.security.Caller;
import io.jixiao.platform.security.OrgPath;
import io.jixiao.platform.security.Roles;
import io.jixiao.platform.web.PageResult;
import io.jixiao.project.fiscalyear.FiscalYearService;
import io.jixiao.project.org.Org;
import io.jixiao.project.org.OrgService;
import io.quarkus.panache.common.Page;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * Registration and change of projects. Who may do what (docs/api-contract.md): unit staff write their own org's projects,
 * reviewers read their subtree, auditors read everything, admins do everything; anything else is 404.
 */
@ApplicationScoped
public class ProjectService {
    private final Outbox outbox;
    private final OrgService orgs;

    ProjectService(Outbox outbox, OrgService orgs) {
        this.outbox = outbox;
        this.orgs = orgs;
    }

    @Transactional
    public ProjectView register(ProjectInput in, Caller caller) {
        Org owner = ownerFor(in.orgCode, caller);
        checkConsistency(in);
        if (in.sourceRef != null && !in.sourceRef.isBlank()) {
            Project existing = Project.find("orgCode = ?1 and sourceRef = ?2", owner.code, in.sourceRef)
                    .firstResult();
            if (existing != null) {
                throw ProblemException.conflict("Project " + existing.id + " already has sourceRef " + in.sourceRef);
            }
        }
        Project p = new Project();
        p.id = UUID.randomUUID();
        p.sourceRef = in.sourceRef == null || in.sourceRef.isBlank() ? null : in.sourceRef.strip();
        p.createdAt = OffsetDateTime.now();
        p.createdBy = caller.name();
        apply(in, owner, p, caller.name());
        p.persist();
        ProjectView view = ProjectView.of(p);
        outbox.publish(ProjectEvents.TOPIC, ProjectEvents.REGISTERED, p.id.toString(), view);
        return view;
    }

    /**
     * What stops {@code in} from being registered for {@code orgCode}, in words; empty when nothing does. Checks only,
     * so a caller inside a transaction can answer the problems instead of rolling back.
     */
    public List<io.jixiao.platform.problem.Problem.Violation> problemsRegistering(ProjectInput in, String orgCode) {
        if (orgCode == null || Org.findById(orgCode) == null) {
            return List.of(
                    new io.jixiao.platform.problem.Problem.Violation("orgCode", "no organisation has code " + orgCode));
        }
        try {
            checkConsistency(in);
            return List.of();
        } catch (ProblemException e) {
            var p = e.problem();
            return p.violations() == null || p.violations().isEmpty()
                    ? List.of(new io.jixiao.platform.problem.Problem.Violation("project", p.detail()))
                    : p.violations();
        }
    }

    /** Registers a project another service asked for (an import), for an organisation that service vouched for. */
    @Transactional
    public ProjectView registerFor(ProjectInput in, String actor) {
        Org owner = Org.findById(in.orgCode);
        Project p = new Project();
        p.id = UUID.randomUUID();
        p.sourceRef = in.sourceRef;
        p.createdAt = OffsetDateTime.now();
        p.createdBy = actor;
        apply(in, owner, p, actor);
        p.persist();
        ProjectView view = ProjectView.of(p);
        outbox.publish(ProjectEvents.TOPIC, ProjectEvents.REGISTERED, p.id.toString(), view);
        return view;
    }

    @Transactional
    public ProjectView update(UUID id, ProjectInput in, Caller caller) {
        Project p = writable(id, caller);
        if (in.version != null && in.version != p.version) {
            throw ProblemException.conflict("Project " + id + " was changed by someone else (version " + p.version
                    + ", yours " + in.version + "); reload it and apply your change again");
        }
        Org owner = in.orgCode == null || in.orgCode.equals(p.orgCode)
                ? Org.findById(p.orgCode)
                : ownerFor(in.orgCode, caller);
        requireOpen(p.fiscalYear, "fiscalYear");
        checkConsistency(in);
        apply(in, owner, p, caller.name());
        p.version++; // bump now so the event carries the version a reader will see
        ProjectView view = ProjectView.of(p);
        outbox.publish(ProjectEvents.TOPIC, ProjectEvents.UPDATED, p.id.toString(), view);
        return view;
    }

    @Transactional
    public ProjectView recordBudgetExecution(UUID id, BudgetExecution budget, Caller caller) {
        boolean bureau = !caller.isAdmin() && caller.has(Roles.FINANCE_REVIEWER);
        Project p = bureau ? visible(id, caller) : writable(id, caller);
        if (!bureau && !caller.isAdmin() && "FINANCE_BUREAU".equals(p.budgetSource)) {
            throw ProblemException.conflict("The finance bureau's figures (sent by " + p.budgetUpdatedBy + " at "
                    + p.budgetUpdatedAt + ") stand for project " + id + "; ask the bureau to correct them");
        }
        requireOpen(p.fiscalYear, "fiscalYear");
        Violations v = new Violations();
        checkColumn(v, "initial", budget.initial);
        checkColumn(v, "adjusted", budget.adjusted);
        checkColumn(v, "executed", budget.executed);
        v.throwIfAny();
        p.budget = budget;
        p.budgetUpdatedAt = OffsetDateTime.now();
        p.budgetSource = caller.isAdmin() ? "ADMIN" : bureau ? "FINANCE_BUREAU" : "UNIT";
        p.budgetUpdatedBy = caller.name();
        p.updatedAt = p.budgetUpdatedAt;
        p.updatedBy = caller.name();
        p.version++;
        outbox.publish(
                ProjectEvents.TOPIC,
                ProjectEvents.BUDGET_EXECUTED,
                p.id.toString(),
                new ProjectEvents.BudgetExecuted(
                        p.id,
                        p.fiscalYear,
                        p.orgCode,
                        p.orgPath,
                        p.header.name,
                        p.header.amountUnit == null ? null : p.header.amountUnit.name(),
                        budget.toEvent(),
                        p.version));
        return ProjectView.of(p);
    }

    public ProjectView get(UUID id, Caller caller) {
        return ProjectView.of(visible(id, caller));
    }

    public PageResult<ProjectSummary> list(
            Caller caller,
            Integer fiscalYear,
            String orgCode,
            String text,
            String sourceRef,
            String sort,
            int page,
            int size) {
        String scope = orgs.scopePath(caller);
        if (orgCode != null && !orgCode.isBlank()) {
            Org org = Org.findById(orgCode);
            if (org == null || !OrgPath.within(org.path, scope)) {
                return new PageResult<>(List.of(), page, size, 0);
            }
            scope = org.path;
        }
        ProjectQuery query = new ProjectQuery(fiscalYear, scope, text, sourceRef, sort, page, size);
        Map<String, Object> params = ProjectQuery.params();
        var found = Project.find(query.where(params), query.order(), params);
        List<ProjectSummary> items = found.page(Page.of(page, size)).<Project>list().stream()
                .map(ProjectSummary::of)
                .toList();
        return new PageResult<>(items, page, size, found.count());
    }

    private void apply(ProjectInput in, Org owner, Project p, String actor) {
        p.fiscalYear = in.fiscalYear;
        p.orgCode = owner.code;
        p.orgPath = owner.path;
        p.header = ProjectHeaderColumns.of(in);
        p.costItems.clear();
        if (in.costItems != null) {
            p.costItems.addAll(in.costItems);
        }
        p.updatedAt = OffsetDateTime.now();
        p.updatedBy = actor;
    }

    /** The organisation a project is registered for, as far as the caller may choose it. */
    private Org ownerFor(String requested, Caller caller) {
        String code = requested == null || requested.isBlank() ? null : requested.strip();
        if (caller.isAdmin()) {
            if (code == null) {
                throw ProblemException.invalid("orgCode", "is required when an admin registers a project");
            }
        } else if (caller.has(Roles.UNIT_STAFF)) {
            String own = caller.requireOrgCode();
            if (code != null && !code.equals(own)) {
                throw ProblemException.forbidden(
                        "Unit staff register and change projects of their own organisation (" + own + ") only");
            }
            code = own;
        } else {
            throw ProblemException.forbidden("Only unit staff and admins register or change projects");
        }
        Org org = Org.findById(code);
        if (org == null) {
            throw ProblemException.invalid("orgCode", "no organisation has code " + code);
        }
        return org;
    }

    private void checkConsistency(ProjectInput in) {
        Violations v = new Violations();
        String yearProblem = FiscalYearService.problemWithYear(in.fiscalYear);
        if (yearProblem != null) {
            v.add("fiscalYear", yearProblem);
        }
        if (in.startDate != null && in.endDate != null && in.endDate.isBefore(in.startDate)) {
            v.add("endDate", "must not be before startDate (" + in.startDate + ")");
        }
        if (in.midTermStartYear != null && in.midTermEndYear != null && in.midTermEndYear < in.midTermStartYear) {
            v.add("midTermEndYear", "must not be before midTermStartYear (" + in.midTermStartYear + ")");
        }
        v.throwIfAny();
    }

    private static void checkColumn(Violations v, String field, BudgetFigures f) {
        if (f == null) {
            return;
        }
        if (f.total == null) {
            v.add(field + ".total", "is required");
        } else if (!f.partsAddUp()) {
            v.add(field + ".total", "must equal the sum of fiscal, carryOver and other (" + sum(f) + ")");
        }
        String levels = f.completeLevels();
        if (levels != null) {
            v.add(field + ".ownLevel", levels);
        }
    }

    private static String sum(BudgetFigures f) {
        return java.util.stream.Stream.of(f.fiscal, f.carryOver, f.other)
                .filter(Objects::nonNull)
                .reduce(java.math.BigDecimal.ZERO, java.math.BigDecimal::add)
                .toPlainString();
    }

    private static void requireOpen(Integer year, String field) {
        String problem = FiscalYearService.problemWithYear(year);
        if (problem != null) {
            throw new ProblemException(io.jixiao.platform.problem.Problem.of(
                    409, "Fiscal year not open", field + ": " + problem + "; its projects can no longer change"));
        }
    }

    private Project visible(UUID id, Caller caller) {
        Project p = Project.findById(id);
        if (p == null || !OrgPath.within(p.orgPath, orgs.scopePath(caller))) {
            throw ProblemException.notFound("Project", id);
        }
        return p;
    }

    private Project writable(UUID id, Caller caller) {
        Project p = visible(id, caller);
        boolean own = caller.has(Roles.UNIT_STAFF) && p.orgCode.equals(caller.orgCode());
        if (!caller.isAdmin() && !own) {
            throw ProblemException.forbidden("Only staff of " + p.orgCode + " and admins change this project");
        }
        return p;
    }
}
