package io.jixiao.evaluation.summary;

import io.jixiao.evaluation.evaluation.Beneficiary;
import io.jixiao.evaluation.evaluation.FundLevel;
import io.jixiao.evaluation.scoring.PolicyService;
import io.jixiao.platform.security.Caller;
import io.jixiao.platform.security.OrgPath;
import io.jixiao.rules.scoring.BudgetAdvice;
import io.jixiao.rules.scoring.Grade;
import io.jixiao.rules.scoring.ScoringPolicy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.UUID;

/**
 * Year figures from one query over the evaluations of the caller's subtree (no indicator rows are read), counting all
 * funds or one government level's (a 公开说明 counts the unit's own level: seed 002's 680,000 元 of 1,650,000 元).
 */
@ApplicationScoped
public class SummaryService {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final EntityManager em;
    private final PolicyService policies;

    SummaryService(EntityManager em, PolicyService policies) {
        this.em = em;
        this.policies = policies;
    }

    public YearSummary summary(int fiscalYear, FundLevel level, Caller caller) {
        List<Found> found = found(fiscalYear, caller);
        int unsplit = (int) found.stream()
                .filter(f -> f.ownLevel == null && f.upperLevel == null)
                .count();
        List<Found> counted = found.stream()
                .filter(f -> level == null || f.funds(level).signum() > 0)
                .toList();
        BigDecimal totalFunds = counted.stream().map(f -> f.funds(level)).reduce(BigDecimal.ZERO, BigDecimal::add);
        Map<String, ScoringPolicy> policyByRegion = new HashMap<>();
        List<YearSummary.ProjectRow> rows = new ArrayList<>();
        for (Found f : counted) {
            ScoringPolicy policy = policyByRegion.computeIfAbsent(
                    Objects.toString(OrgPath.regionCode(f.orgPath), ""),
                    r -> policies.effective(fiscalYear, f.orgPath));
            rows.add(f.row(level, totalFunds, policy));
        }
        return new YearSummary(
                fiscalYear,
                level,
                rows.size(),
                totalFunds.setScale(2, RoundingMode.HALF_UP),
                unsplit,
                average(rows.stream().map(YearSummary.ProjectRow::totalScore).toList()),
                grades(rows),
                statuses(rows),
                DisclosureStatement.sentences(level, totalFunds, rows),
                rows, // by unit, then project name, as queried
                units(rows, totalFunds));
    }

    private List<Found> found(int fiscalYear, Caller caller) {
        String scope = caller.seesEverything() ? "%" : OrgPath.underPattern(caller.requireOrgCode());
        @SuppressWarnings("unchecked")
        List<Object[]> result = em.createNativeQuery(
                        "SELECT id, project_id, project_name, org_code, org_path, status,"
                                + " budget_adjusted, budget_own_level, budget_upper_level, CAST(beneficiaries AS text),"
                                + " total_score, grade, reviewed_total FROM evaluation"
                                + " WHERE fiscal_year = ?1 AND org_path LIKE ?2 ESCAPE '\\' ORDER BY org_code, project_name, id")
                .setParameter(1, fiscalYear)
                .setParameter(2, scope)
                .getResultList();
        return result.stream().map(Found::new).toList();
    }

    private static Map<String, Integer> grades(List<YearSummary.ProjectRow> rows) {
        Map<String, Integer> grades = new LinkedHashMap<>();
        for (Grade g : Grade.values()) {
            grades.put(g.label(), 0); // every grade listed, in order, also when no project has it
        }
        rows.stream()
                .map(YearSummary.ProjectRow::grade)
                .filter(Objects::nonNull)
                .forEach(g -> grades.merge(g, 1, Integer::sum));
        return grades;
    }

    private static Map<String, Integer> statuses(List<YearSummary.ProjectRow> rows) {
        Map<String, Integer> statuses = new TreeMap<>();
        rows.forEach(r -> statuses.merge(r.status(), 1, Integer::sum));
        return statuses;
    }

    private static List<YearSummary.UnitRow> units(List<YearSummary.ProjectRow> rows, BigDecimal totalFunds) {
        Map<String, List<YearSummary.ProjectRow>> byUnit = new TreeMap<>();
        rows.forEach(
                r -> byUnit.computeIfAbsent(r.orgCode(), k -> new ArrayList<>()).add(r));
        List<YearSummary.UnitRow> units = new ArrayList<>();
        for (var e : byUnit.entrySet()) {
            BigDecimal funds =
                    e.getValue().stream().map(YearSummary.ProjectRow::funds).reduce(BigDecimal.ZERO, BigDecimal::add);
            units.add(new YearSummary.UnitRow(
                    e.getKey(),
                    e.getValue().size(),
                    funds,
                    share(funds, totalFunds),
                    average(e.getValue().stream()
                            .map(YearSummary.ProjectRow::totalScore)
                            .toList())));
        }
        return units;
    }

    private static BigDecimal average(List<BigDecimal> all) {
        List<BigDecimal> scores = all.stream().filter(Objects::nonNull).toList();
        return scores.isEmpty()
                ? null
                : scores.stream()
                        .reduce(BigDecimal.ZERO, BigDecimal::add)
                        .divide(BigDecimal.valueOf(scores.size()), 2, RoundingMode.HALF_UP);
    }

    static BigDecimal share(BigDecimal part, BigDecimal whole) {
        return whole.signum() == 0 ? null : part.multiply(HUNDRED).divide(whole, 2, RoundingMode.HALF_UP);
    }

    /** One evaluation's row of the query. */
    private static final class Found {
        final UUID id;
        final UUID projectId;
        final String projectName;
        final String orgCode;
        final String orgPath;
        final String status;
        final BigDecimal adjusted;
        final BigDecimal ownLevel;
        final BigDecimal upperLevel;
        final String beneficiaries;
        final BigDecimal totalScore;
        final String grade;
        final BigDecimal reviewedTotal;

        Found(Object[] r) {
            id = (UUID) r[0];
            projectId = (UUID) r[1];
            projectName = (String) r[2];
            orgCode = (String) r[3];
            orgPath = (String) r[4];
            status = (String) r[5];
            adjusted = (BigDecimal) r[6];
            ownLevel = (BigDecimal) r[7];
            upperLevel = (BigDecimal) r[8];
            beneficiaries = (String) r[9];
            totalScore = (BigDecimal) r[10];
            grade = (String) r[11];
            reviewedTotal = (BigDecimal) r[12];
        }

        BigDecimal funds(FundLevel level) {
            BigDecimal f = level == null ? adjusted : level == FundLevel.OWN_LEVEL ? ownLevel : upperLevel;
            return f == null ? BigDecimal.ZERO : f;
        }

        YearSummary.ProjectRow row(FundLevel level, BigDecimal totalFunds, ScoringPolicy policy) {
            return new YearSummary.ProjectRow(
                    id,
                    projectId,
                    projectName,
                    orgCode,
                    status,
                    funds(level),
                    share(funds(level), totalFunds),
                    ownLevel,
                    upperLevel,
                    Beneficiary.fromJson(beneficiaries),
                    totalScore,
                    grade,
                    reviewedTotal,
                    BudgetAdvice.of(Grade.ofLabel(grade), adjusted, policy));
        }
    }
}
