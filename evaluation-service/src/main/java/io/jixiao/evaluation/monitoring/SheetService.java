package io.jixiao.evaluation.monitoring;

import io.jixiao.platform.event.MonitoringEvents;
import io.jixiao.platform.event.MonitoringEvents.FinanceMeasure;
import io.jixiao.platform.outbox.Outbox;
import io.jixiao.platform.problem.ProblemException;
import io.jixiao.platform.problem.Violations;
import io.jixiao.platform.security.Caller;
import io.jixiao.platform.web.Filters;
import io.jixiao.platform.web.PageResult;
import io.jixiao.rules.monitoring.Light;
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

/** The unit fills its monitoring sheet and submits it; review-service's outcome approves or returns it. */
@ApplicationScoped
public class SheetService {
    private final Outbox outbox;

    SheetService(Outbox outbox) {
        this.outbox = outbox;
    }

    public SheetView get(UUID id, Caller caller) {
        MonitoringSheet s = visible(id, caller);
        return view(s, round(s));
    }

    public PageResult<SheetView> list(
            Caller caller, UUID roundId, SheetStatus status, Light light, String orgCode, int page, int size) {
        Filters f = new Filters()
                .scopedTo(caller, "orgPath")
                .under("orgPath", orgCode)
                .eq("roundId", roundId)
                .eq("status", status)
                .eq("light", light);
        var found = MonitoringSheet.find(f.where(), Sort.ascending("orgCode", "projectName", "id"), f.params());
        List<MonitoringSheet> sheets = found.page(Page.of(page, size)).list();
        Map<UUID, MonitoringRound> rounds = new HashMap<>();
        MonitoringRound.<MonitoringRound>list(
                        "id in ?1",
                        sheets.stream().map(s -> s.roundId).distinct().toList())
                .forEach(r -> rounds.put(r.id, r));
        List<SheetView> items =
                sheets.stream().map(s -> view(s, rounds.get(s.roundId))).toList();
        return new PageResult<>(items, page, size, found.count());
    }

    @Transactional
    public SheetView fill(UUID id, SheetInput in, Caller caller) {
        MonitoringSheet s = writable(id, caller, in.revision());
        s.requireEditable();
        if (in.rows() != null && in.rows().size() != s.rows.size()) {
            throw ProblemException.invalid(
                    "rows", "must have one entry per indicator (" + s.rows.size() + "), in the sheet's order");
        }
        if (in.budgetExecuted() != null) {
            s.budgetExecuted = in.budgetExecuted();
        }
        if (in.rows() != null) {
            for (int i = 0; i < s.rows.size(); i++) {
                SheetInput.Row r = in.rows().get(i);
                if (r != null) {
                    enter(s.rows.get(i), r);
                }
            }
        }
        MonitoringRound round = round(s);
        SheetLights.light(s, round);
        s.updatedAt = OffsetDateTime.now();
        s.updatedBy = caller.name();
        MonitoringSheet.flush();
        return view(s, round);
    }

    /** Every row says whether its target will be met; a row that lags says why and what is done about it. */
    @Transactional
    public SheetView submit(UUID id, Caller caller) {
        MonitoringSheet s = writable(id, caller, null);
        s.requireEditable();
        MonitoringRound round = round(s);
        SheetLights.light(s, round);
        Violations v = new Violations();
        v.check(s.budgetExecuted != null, "budgetExecuted", "is required: 执行数 to the end of the period");
        for (int i = 0; i < s.rows.size(); i++) {
            MonitoringRow r = s.rows.get(i);
            String at = "rows[" + i + "].";
            v.check(r.likelihood != null, at + "likelihood", "is required: will " + r.name + " be met (完成目标可能性)?");
            if (SheetLights.lags(r.light)) {
                String why = r.name + " lags (" + r.light.label() + ")";
                v.check(r.deviationCause != null, at + "deviationCause", "is required: " + why + "; say why (偏差原因)");
                v.check(blank(r.deviationReason) != null, at + "deviationReason", "is required: " + why);
                v.check(
                        blank(r.correctiveMeasure) != null,
                        at + "correctiveMeasure",
                        "is required: " + why + "; say what is done (纠偏措施)");
            }
        }
        v.throwIfAny();
        s.status = SheetStatus.SUBMITTED;
        s.submittedVersion++;
        s.updatedAt = OffsetDateTime.now();
        s.updatedBy = caller.name();
        MonitoringSheet.flush();
        SheetView view = view(s, round);
        outbox.publish(
                MonitoringEvents.TOPIC,
                MonitoringEvents.SUBMITTED,
                s.id.toString(),
                Map.of("sheet", view, "version", s.submittedVersion));
        return view;
    }

    /** review.completed.v1 for a monitoring sheet: its status, and the finance bureau's measure as its own event. */
    @Transactional
    public void applyReview(
            UUID id, int version, boolean approved, FinanceMeasure measure, String opinion, String decidedBy) {
        MonitoringSheet s = MonitoringSheet.findById(id, LockModeType.PESSIMISTIC_WRITE);
        OffsetDateTime now = OffsetDateTime.now();
        if (s == null || !s.concludeReview(version, approved, measure, opinion, now)) {
            return;
        }
        var reviewed = new MonitoringEvents.Reviewed(
                s.id,
                s.roundId,
                s.projectId,
                s.projectName,
                s.orgCode,
                s.orgPath,
                s.fiscalYear,
                s.status.name(),
                s.light == null ? null : s.light.name(),
                measure,
                measure == null ? null : measure.label(),
                opinion,
                decidedBy,
                now);
        outbox.publish(MonitoringEvents.TOPIC, MonitoringEvents.REVIEWED, s.id.toString(), reviewed);
        if (measure != null) {
            outbox.publish(MonitoringEvents.TOPIC, MonitoringEvents.MEASURE, s.id.toString(), reviewed);
        }
    }

    private static void enter(MonitoringRow row, SheetInput.Row r) {
        row.currentValue = blank(r.current());
        row.expectedValue = blank(r.expected());
        row.likelihood = r.likelihood();
        row.deviationCause = r.deviationCause();
        row.deviationReason = blank(r.deviationReason());
        row.correctiveMeasure = blank(r.correctiveMeasure());
    }

    static SheetView view(MonitoringSheet s, MonitoringRound round) {
        return SheetView.of(s, SheetLights.timeProgress(round));
    }

    private static MonitoringRound round(MonitoringSheet s) {
        return MonitoringRound.findById(s.roundId);
    }

    MonitoringSheet visible(UUID id, Caller caller) {
        MonitoringSheet s = MonitoringSheet.findById(id);
        if (s == null || !caller.sees(s.orgPath)) {
            throw ProblemException.notFound("Monitoring sheet", id);
        }
        return s;
    }

    private MonitoringSheet writable(UUID id, Caller caller, Integer revision) {
        MonitoringSheet s = MonitoringSheet.findById(id, LockModeType.PESSIMISTIC_WRITE);
        if (s == null || !caller.sees(s.orgPath)) {
            throw ProblemException.notFound("Monitoring sheet", id);
        }
        if (!caller.actsForUnit(s.orgCode)) {
            throw ProblemException.forbidden("Only staff of " + s.orgCode + " and admins fill in this sheet");
        }
        if (revision != null && revision != s.revision) {
            throw ProblemException.conflict("Monitoring sheet " + id + " was changed by someone else (revision "
                    + s.revision + ", yours " + revision + "); reload it and apply your change again");
        }
        return s;
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
