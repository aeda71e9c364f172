package io.jixiao.evaluation.yearclose;

import io.jixiao.evaluation.evaluation.Evaluation;
import io.jixiao.evaluation.evaluation.EvaluationIndicator;
import io.jixiao.evaluation.evaluation.EvaluationStatus;
import io.jixiao.rules.scoring.Achievement;
import io.jixiao.rules.target.Direction;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A year-close batch read with plain JDBC: two queries (the evaluations, then all their indicator rows in order) into
 * detached {@link Evaluation}s that carry what scoring and the scored event need. Hibernate's loading (entity
 * instances, snapshots for dirty checking, a collection per evaluation) was the largest share of a batch, and nothing
 * of it is used: the scores go back in bulk statements.
 */
final class BatchRows {
    private static final String EVALUATIONS = "SELECT id, table_id, project_id, project_name, org_code, org_path,"
            + " fiscal_year, status, budget_adjusted, budget_executed, budget_weight, budget_rate, budget_score,"
            + " total_score, grade, reviewed_total, was_submitted FROM evaluation WHERE id = ANY(?)";
    private static final String INDICATORS = "SELECT evaluation_id, level1, level2, name, target_text, weight,"
            + " direction, applicable, actual_text, achievement, evaluator_score, score, needs_deviation,"
            + " deviation_analysis FROM evaluation_indicator WHERE evaluation_id = ANY(?) ORDER BY evaluation_id, position";

    private BatchRows() {}

    /** The evaluations of {@code ids}, in the order of {@code ids}. */
    static List<Evaluation> load(Connection c, List<UUID> ids) throws SQLException {
        Map<UUID, Evaluation> byId = new HashMap<>(ids.size() * 2);
        java.sql.Array idArray = c.createArrayOf("uuid", ids.toArray());
        try (PreparedStatement ps = c.prepareStatement(EVALUATIONS)) {
            ps.setArray(1, idArray);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Evaluation e = evaluation(rs);
                    byId.put(e.id, e);
                }
            }
        }
        try (PreparedStatement ps = c.prepareStatement(INDICATORS)) {
            ps.setArray(1, idArray);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    byId.get(rs.getObject(1, UUID.class)).indicators.add(indicator(rs));
                }
            }
        }
        List<Evaluation> out = new ArrayList<>(ids.size());
        for (UUID id : ids) {
            Evaluation e = byId.get(id);
            if (e != null) {
                out.add(e);
            }
        }
        return out;
    }

    private static Evaluation evaluation(ResultSet rs) throws SQLException {
        Evaluation e = new Evaluation();
        e.id = rs.getObject("id", UUID.class);
        e.tableId = rs.getObject("table_id", UUID.class);
        e.projectId = rs.getObject("project_id", UUID.class);
        e.projectName = rs.getString("project_name");
        e.orgCode = rs.getString("org_code");
        e.orgPath = rs.getString("org_path");
        e.fiscalYear = (Integer) rs.getObject("fiscal_year");
        e.status = EvaluationStatus.valueOf(rs.getString("status"));
        e.budgetAdjusted = rs.getBigDecimal("budget_adjusted");
        e.budgetExecuted = rs.getBigDecimal("budget_executed");
        e.budgetWeight = rs.getBigDecimal("budget_weight");
        e.budgetRate = rs.getBigDecimal("budget_rate");
        e.budgetScore = rs.getBigDecimal("budget_score");
        e.totalScore = rs.getBigDecimal("total_score");
        e.grade = rs.getString("grade");
        e.reviewedTotal = rs.getBigDecimal("reviewed_total");
        e.wasSubmitted = rs.getBoolean("was_submitted");
        return e;
    }

    private static EvaluationIndicator indicator(ResultSet rs) throws SQLException {
        EvaluationIndicator i = new EvaluationIndicator();
        i.level1 = rs.getString("level1");
        i.level2 = rs.getString("level2");
        i.name = rs.getString("name");
        i.targetText = rs.getString("target_text");
        i.weight = rs.getBigDecimal("weight");
        String direction = rs.getString("direction");
        i.direction = direction == null ? null : Direction.valueOf(direction);
        i.applicable = rs.getBoolean("applicable");
        i.actualText = rs.getString("actual_text");
        String achievement = rs.getString("achievement");
        i.achievement = achievement == null ? null : Achievement.valueOf(achievement);
        i.evaluatorScore = rs.getBigDecimal("evaluator_score");
        i.score = rs.getBigDecimal("score");
        i.needsDeviation = rs.getBoolean("needs_deviation");
        i.deviationAnalysis = rs.getString("deviation_analysis");
        return i;
    }
}
