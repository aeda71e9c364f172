package io.jixiao.evaluation.monitoring;

import io.jixiao.evaluation.budget.BudgetCopy;
import io.jixiao.evaluation.evaluation.Evaluation;
import io.jixiao.evaluation.evaluation.EvaluationIndicator;
import io.jixiao.platform.event.MonitoringEvents;
import io.jixiao.platform.outbox.Outbox;
import io.jixiao.platform.problem.ProblemException;
import io.jixiao.platform.security.Caller;
import io.jixiao.platform.security.OrgPath;
import io.jixiao.rules.monitoring.Light;
import io.jixiao.rules.monitoring.LightRules;
import io.jixiao.rules.monitoring.MonitoringLights;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/** 监控批次: a finance bureau opens a round, which prepares a sheet for every approved annual table in its subtree. */
@ApplicationScoped
public class RoundService {
    private final EntityManager em;
    private final Outbox outbox;

    RoundService(EntityManager em, Outbox outbox) {
        this.em = em;
        this.outbox = outbox;
    }

    @Transactional
    public RoundView open(RoundInput in, Caller caller) {
        String scope = scopeOf(in, caller);
        BigDecimal yellow = in.yellowGap() != null ? in.yellowGap() : LightRules.DEFAULTS.yellowGap();
        BigDecimal red = in.redGap() != null ? in.redGap() : LightRules.DEFAULTS.redGap();
        if (red.compareTo(yellow) < 0) {
            throw ProblemException.invalid("redGap", "must be at least yellowGap (" + yellow.toPlainString() + ")");
        }
        if (MonitoringRound.count(
                        "fiscalYear = ?1 and scopeOrgCode = ?2 and monthsPassed = ?3",
                        in.fiscalYear(),
                        scope,
                        in.monthsPassed())
                > 0) {
            throw ProblemException.conflict("A monitoring round for " + in.fiscalYear() + ", months 1–"
                    + in.monthsPassed() + ", under " + scope + " is already open");
        }
        // every approved annual table has its self-evaluation, with the approved targets: one query, rows included
        List<Evaluation> approved = em.createQuery(
                        "SELECT DISTINCT e FROM Evaluation e LEFT JOIN FETCH e.indicators WHERE e.fiscalYear = :year"
                                + " AND e.orgPath LIKE :scope ESCAPE '\\' ORDER BY e.orgCode, e.projectName",
                        Evaluation.class)
                .setParameter("year", in.fiscalYear())
                .setParameter("scope", OrgPath.underPattern(scope))
                .getResultList();
        if (!caller.isAdmin() && approved.stream().anyMatch(e -> !OrgPath.under(e.orgPath, caller.requireOrgCode()))) {
            throw ProblemException.invalid("scopeOrgCode", "must be your organisation or one under it");
        }
        if (approved.isEmpty()) {
            throw ProblemException.conflict(
                    "No approved target table of " + in.fiscalYear() + " lies under " + scope + ": nothing to monitor");
        }
        MonitoringRound round = new MonitoringRound();
        round.id = UUID.randomUUID();
        round.fiscalYear = in.fiscalYear();
        round.scopeOrgCode = scope;
        round.scopeOrgPath = pathOf(approved.get(0).orgPath, scope);
        round.monthsPassed = in.monthsPassed();
        round.label = in.label() == null || in.label().isBlank()
                ? "1-" + in.monthsPassed() + "月"
                : in.label().strip();
        round.deadline = in.deadline();
        round.yellowGap = yellow;
        round.redGap = red;
        round.sheets = approved.size();
        round.openedBy = caller.name();
        round.openedAt = OffsetDateTime.now();
        round.persist();
        prepareSheets(round, approved, caller);
        outbox.publish(
                MonitoringEvents.TOPIC,
                MonitoringEvents.ROUND_OPENED,
                round.id.toString(),
                new MonitoringEvents.RoundOpened(
                        round.id,
                        round.fiscalYear,
                        scope,
                        round.scopeOrgPath,
                        round.monthsPassed,
                        round.label,
                        round.deadline,
                        round.sheets,
                        caller.name(),
                        round.openedAt));
        return RoundView.of(round);
    }

    /** One sheet per approved table, its rows the approved targets, its budget project-service's latest figures. */
    private void prepareSheets(MonitoringRound round, List<Evaluation> approved, Caller caller) {
        Map<UUID, BudgetCopy> budgets = BudgetCopy.<BudgetCopy>list(
                        "projectId in ?1",
                        approved.stream().map(e -> e.projectId).distinct().toList())
                .stream()
                .collect(Collectors.toMap(b -> b.projectId, Function.identity()));
        int n = 0;
        for (Evaluation e : approved) {
            MonitoringSheet s = new MonitoringSheet();
            s.id = UUID.randomUUID();
            s.roundId = round.id;
            s.evaluationId = e.id;
            s.tableId = e.tableId;
            s.projectId = e.projectId;
            s.projectName = e.projectName;
            s.orgCode = e.orgCode;
            s.orgPath = e.orgPath;
            s.fiscalYear = e.fiscalYear;
            s.status = SheetStatus.DRAFT;
            BudgetCopy b = budgets.get(e.projectId);
            s.budgetAdjusted = b != null && b.adjustedTotal != null ? b.adjustedTotal : e.budgetAdjusted;
            s.budgetExecuted = b == null ? null : b.executedTotal;
            for (EvaluationIndicator x : e.indicators) {
                if (x.applicable) {
                    MonitoringRow r = new MonitoringRow();
                    r.level1 = x.level1;
                    r.level2 = x.level2;
                    r.name = x.name;
                    r.targetText = x.targetText;
                    s.rows.add(r);
                }
            }
            SheetLights.light(s, round);
            s.updatedAt = round.openedAt;
            s.updatedBy = caller.name();
            s.persist();
            if (++n % 100 == 0) { // write in batches, keep the session small
                em.flush();
                em.clear();
            }
        }
    }

    public List<RoundView> list(Integer fiscalYear, Caller caller) {
        StringBuilder q = new StringBuilder("SELECT r FROM MonitoringRound r WHERE 1 = 1");
        Map<String, Object> p = new LinkedHashMap<>();
        if (fiscalYear != null) {
            q.append(" AND r.fiscalYear = :year");
            p.put("year", fiscalYear);
        }
        if (!caller.seesEverything()) {
            // rounds under the caller, and rounds over it that hold one of its sheets
            q.append(" AND (r.scopeOrgPath LIKE :under ESCAPE '\\' OR EXISTS (SELECT 1 FROM MonitoringSheet s"
                    + " WHERE s.roundId = r.id AND s.orgPath LIKE :under ESCAPE '\\'))");
            p.put("under", OrgPath.underPattern(caller.requireOrgCode()));
        }
        q.append(" ORDER BY r.openedAt DESC, r.id");
        var query = em.createQuery(q.toString(), MonitoringRound.class);
        p.forEach(query::setParameter);
        return query.getResultList().stream().map(RoundView::of).toList();
    }

    public RoundView get(UUID id, Caller caller) {
        return RoundView.of(visible(id, caller));
    }

    /** The round in figures, over the sheets the caller sees. */
    public MonitoringSummary summary(UUID id, Caller caller) {
        MonitoringRound round = visible(id, caller);
        String scope = caller.seesEverything() ? "%" : OrgPath.underPattern(caller.requireOrgCode());
        List<MonitoringSheet> sheets = MonitoringSheet.list(
                "roundId = ?1 and orgPath like ?2 escape '\\' order by orgCode, projectName", id, scope);
        BigDecimal time = SheetLights.timeProgress(round);
        Map<String, Integer> lights = new LinkedHashMap<>();
        for (Light l : Light.values()) {
            lights.put(l.name(), 0);
        }
        lights.put("NONE", 0);
        Map<String, Integer> statuses = new TreeMap<>();
        List<MonitoringSummary.Lagging> lagging = new ArrayList<>();
        Map<String, List<MonitoringSheet>> byUnit = new TreeMap<>();
        for (MonitoringSheet s : sheets) {
            lights.merge(s.light == null ? "NONE" : s.light.name(), 1, Integer::sum);
            statuses.merge(s.status.name(), 1, Integer::sum);
            if (SheetLights.lags(s.light)) {
                int rows = (int)
                        s.rows.stream().filter(r -> SheetLights.lags(r.light)).count();
                lagging.add(
                        new MonitoringSummary.Lagging(s.id, s.projectName, s.orgCode, s.light, s.executionRate, rows));
            }
            byUnit.computeIfAbsent(s.orgCode, k -> new ArrayList<>()).add(s);
        }
        lagging.sort(Comparator.comparing(MonitoringSummary.Lagging::light).reversed());
        LightRules rules = new LightRules(round.yellowGap, round.redGap);
        List<MonitoringSummary.UnitRow> units = new ArrayList<>();
        byUnit.forEach((unit, list) -> {
            BigDecimal adjusted = sum(list, s -> s.budgetAdjusted);
            BigDecimal executed = sum(list, s -> s.budgetExecuted);
            BigDecimal rate = MonitoringLights.percent(executed, adjusted);
            units.add(new MonitoringSummary.UnitRow(
                    unit, list.size(), adjusted, executed, rate, MonitoringLights.ofProgress(rate, time, rules)));
        });
        return new MonitoringSummary(
                round.id, round.fiscalYear, round.label, time, sheets.size(), lights, statuses, lagging, units);
    }

    MonitoringRound visible(UUID id, Caller caller) {
        MonitoringRound r = MonitoringRound.findById(id);
        if (r == null
                || !caller.seesEverything()
                        && !OrgPath.under(r.scopeOrgPath, caller.requireOrgCode())
                        && MonitoringSheet.count(
                                        "roundId = ?1 and orgPath like ?2 escape '\\'",
                                        id,
                                        OrgPath.underPattern(caller.requireOrgCode()))
                                == 0) {
            throw ProblemException.notFound("Monitoring round", id);
        }
        return r;
    }

    /** A finance reviewer monitors its own subtree (by default its own organisation); an admin names the scope. */
    private static String scopeOf(RoundInput in, Caller caller) {
        String asked = in.scopeOrgCode() == null || in.scopeOrgCode().isBlank()
                ? null
                : in.scopeOrgCode().strip();
        if (caller.isAdmin()) {
            if (asked == null) {
                throw ProblemException.invalid(
                        "scopeOrgCode", "is required: the organisation whose subtree is monitored");
            }
            return asked;
        }
        String own = caller.requireOrgCode();
        return asked == null ? own : asked;
    }

    /** The scope's own path, cut from a path below it: /410100/197001/093001/ and 197001 give /410100/197001/. */
    private static String pathOf(String below, String scope) {
        int at = below.indexOf("/" + scope + "/");
        return below.substring(0, at + scope.length() + 2);
    }

    private static BigDecimal sum(List<MonitoringSheet> sheets, Function<MonitoringSheet, BigDecimal> f) {
        return sheets.stream().map(f).filter(java.util.Objects::nonNull).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
