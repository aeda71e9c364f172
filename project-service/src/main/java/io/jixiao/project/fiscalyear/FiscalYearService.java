package io.jixiao.project.fiscalyear;

import io.jixiao.platform.event.FiscalYearEvents;
import io.jixiao.platform.outbox.Outbox;
import io.jixiao.platform.problem.ProblemException;
import io.jixiao.platform.security.Caller;
import io.jixiao.platform.security.OrgPath;
import io.jixiao.project.org.Org;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.List;

@ApplicationScoped
public class FiscalYearService {
    public static final String TOPIC = FiscalYearEvents.TOPIC;

    private final Outbox outbox;

    FiscalYearService(Outbox outbox) {
        this.outbox = outbox;
    }

    public List<FiscalYearView> list() {
        return FiscalYear.<FiscalYear>listAll(Sort.descending("year")).stream()
                .map(y -> FiscalYearView.of(y, null))
                .toList();
    }

    public FiscalYearView get(int year) {
        return FiscalYearView.of(find(year), null);
    }

    @Transactional
    public FiscalYearView open(FiscalYearInput input) {
        if (FiscalYear.findById(input.year()) != null) {
            throw ProblemException.conflict("Fiscal year " + input.year() + " already exists");
        }
        String scope = blankToNull(input.scopeOrgCode());
        if (scope != null && Org.findById(scope) == null) {
            throw ProblemException.invalid("scopeOrgCode", "no organisation has code " + scope);
        }
        FiscalYear y = new FiscalYear();
        y.year = input.year();
        y.status = FiscalYear.Status.OPEN;
        y.scopeOrgCode = scope;
        y.openedAt = OffsetDateTime.now();
        y.persist();
        FiscalYearView view = FiscalYearView.of(y, null);
        outbox.publish(TOPIC, FiscalYearEvents.OPENED, String.valueOf(y.year), view);
        return view;
    }

    /**
     * Closing twice is a no-op that says so: the row lock makes two concurrent closes emit one event. Closing is
     * irreversible and finalises every evaluation in the year's scope, so it belongs to admins, or to a finance bureau
     * for a year scoped to its own region (its organisation or one below it); a year covering every region is the
     * admins' alone.
     */
    @Transactional
    public FiscalYearView close(int year, Caller caller) {
        FiscalYear y = FiscalYear.findById(year, LockModeType.PESSIMISTIC_WRITE);
        if (y == null) {
            throw ProblemException.notFound("Fiscal year", year);
        }
        requireRegion(y, caller);
        if (y.status == FiscalYear.Status.CLOSED) {
            return FiscalYearView.of(y, true);
        }
        y.status = FiscalYear.Status.CLOSED;
        y.closedAt = OffsetDateTime.now();
        y.closedBy = caller.name();
        Org scope = y.scopeOrgCode == null ? null : Org.findById(y.scopeOrgCode);
        outbox.publish(
                TOPIC,
                FiscalYearEvents.CLOSED,
                String.valueOf(y.year),
                new FiscalYearEvents.Closed(
                        y.year, y.scopeOrgCode, scope == null ? "/" : scope.path, y.closedAt, y.closedBy));
        return FiscalYearView.of(y, false);
    }

    private static void requireRegion(FiscalYear y, Caller caller) {
        if (caller.isAdmin()) {
            return;
        }
        if (y.scopeOrgCode == null) {
            throw ProblemException.forbidden(
                    "Fiscal year " + y.year + " covers every region: only an admin may close it");
        }
        Org own = caller.orgCode() == null ? null : Org.findById(caller.orgCode());
        Org scope = Org.findById(y.scopeOrgCode);
        if (own == null || scope == null || !OrgPath.within(scope.path, own.path)) {
            throw ProblemException.forbidden("Fiscal year " + y.year + " is scoped to " + y.scopeOrgCode
                    + ", outside your region: a finance bureau closes only its own region's year");
        }
    }

    /** The year a project may be registered or changed in: it must exist and be OPEN. */
    public static String problemWithYear(Integer year) {
        if (year == null) {
            return "is required";
        }
        FiscalYear y = FiscalYear.findById(year);
        if (y == null) {
            return "fiscal year " + year + " does not exist";
        }
        return y.status == FiscalYear.Status.OPEN ? null : "fiscal year " + year + " is closed";
    }

    private FiscalYear find(int year) {
        FiscalYear y = FiscalYear.findById(year);
        if (y == null) {
            throw ProblemException.notFound("Fiscal year", year);
        }
        return y;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
