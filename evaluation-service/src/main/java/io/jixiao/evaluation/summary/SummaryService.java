package io.jixiao.evaluation.summary;

import io.jixiao.platform.security.Caller;
import io.jixiao.platform.security.OrgPath;
import io.jixiao.rules.scoring.Grade;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/** Year figures from one query over the evaluations of the caller's subtree (no indicator rows are read). */
@ApplicationScoped
public class SummaryService {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final EntityManager em;

    SummaryService(EntityManager em) {
        this.em = em;
    }

    public YearSummary summary(int fiscalYear, Caller caller) {
        String scope = caller.seesEverything() ? "%" : OrgPath.underPattern(caller.requireOrgCode());
        @SuppressWarnings("unchecked")
        List<Object[]> found = em.createNativeQuery(
                        "SELECT id, project_id, project_name, org_code, status,"
                                + " budget_adjusted, total_score, grade, reviewed_total FROM evaluation"
                                + " WHERE fiscal_year = ?1 AND org_path LIKE ?2 ESCAPE '\\' ORDER BY org_code, project_name, id")
                .setParameter(1, fiscalYear)
                .setParameter(2, scope)
                .getResultList();
        BigDecimal totalFunds = BigDecimal.ZERO;
        for (Object[] r : found) {
            totalFunds = totalFunds.add(money(r[5]));
        }
        List<YearSummary.ProjectRow> rows = new ArrayList<>();
        Map<String, Integer> grades = new LinkedHashMap<>();
        for (Grade g : Grade.values()) {
            grades.put(g.label(), 0); // every grade listed, in order, also when no project has it
        }
        Map<String, Integer> statuses = new TreeMap<>();
        Map<String, List<YearSummary.ProjectRow>> byUnit = new TreeMap<>();
        BigDecimal scoreSum = BigDecimal.ZERO;
        int scored = 0;
        for (Object[] r : found) {
            BigDecimal funds = money(r[5]);
            BigDecimal score = (BigDecimal) r[6];
            YearSummary.ProjectRow row = new YearSummary.ProjectRow(
                    (UUID) r[0],
                    (UUID) r[1],
                    (String) r[2],
                    (String) r[3],
                    (String) r[4],
                    funds,
                    share(funds, totalFunds),
                    score,
                    (String) r[7],
                    (BigDecimal) r[8]);
            rows.add(row);
            statuses.merge(row.status(), 1, Integer::sum);
            if (row.grade() != null) {
                grades.merge(row.grade(), 1, Integer::sum);
            }
            if (score != null) {
                scoreSum = scoreSum.add(score);
                scored++;
            }
            byUnit.computeIfAbsent(row.orgCode(), k -> new ArrayList<>()).add(row);
        }
        List<YearSummary.UnitRow> units = new ArrayList<>();
        for (var e : byUnit.entrySet()) {
            BigDecimal funds =
                    e.getValue().stream().map(YearSummary.ProjectRow::funds).reduce(BigDecimal.ZERO, BigDecimal::add);
            List<BigDecimal> scores = e.getValue().stream()
                    .map(YearSummary.ProjectRow::totalScore)
                    .filter(java.util.Objects::nonNull)
                    .toList();
            units.add(new YearSummary.UnitRow(
                    e.getKey(), e.getValue().size(), funds, share(funds, totalFunds), average(scores)));
        }
        return new YearSummary(
                fiscalYear,
                rows.size(),
                totalFunds.setScale(2, RoundingMode.HALF_UP),
                scored == 0 ? null : scoreSum.divide(BigDecimal.valueOf(scored), 2, RoundingMode.HALF_UP),
                grades,
                statuses,
                rows,
                units);
    }

    private static BigDecimal average(List<BigDecimal> scores) {
        return scores.isEmpty()
                ? null
                : scores.stream()
                        .reduce(BigDecimal.ZERO, BigDecimal::add)
                        .divide(BigDecimal.valueOf(scores.size()), 2, RoundingMode.HALF_UP);
    }

    private static BigDecimal share(BigDecimal part, BigDecimal whole) {
        return whole.signum() == 0 ? null : part.multiply(HUNDRED).divide(whole, 2, RoundingMode.HALF_UP);
    }

    private static BigDecimal money(Object o) {
        return o == null ? BigDecimal.ZERO : (BigDecimal) o;
    }
}
