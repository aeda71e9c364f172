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
 * A year-close batch read with plain JDBC: two queries (the evaluations, then all their indicator rows) into
 * detached {@link Evaluation}s that carry what scoring and the scored event need. Hibernate's loading (entity
 * instances, snapshots for dirty checking, a collection per evaluation) was the largest share of a batch, and nothing
 * of it is used: the scores go back in bulk statements. Columns are read by their position in the SELECT lists below;
 * read by name, pgjdbc looked each one up again on every row (280,000 lookups a batch).
 */
final class BatchRows {
    private static final String EVALUATIONS = "SELECT id, table_id, project_id, project_name, org_code, org_path,"
            + " fiscal_year, status, budget_adjusted, budget_executed, budget_weight, budget_rate, budget_score,"
            + " total_score, grade, reviewed_total, was_submitted FROM evaluation WHERE id = ANY(?)";
    /** In no order: each row goes to its position (the list's order column, 0 to n-1), which spares the sort. */
    private static final String INDICATORS = "SELECT evaluation_id, level1, level2, name, target_text, weight,"
            + " direction, applicable, actual_text, achievement, evaluator_score, score, needs_deviation,"
            + " deviation_analysis, position FROM evaluation_indicator WHERE evaluation_id = ANY(?)";

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
                    place(byId.get(rs.getObject(1, UUID.class)).indicators, rs.getInt(15), indicator(rs));
                }
            }
        }
        List<Evaluation> out = new ArrayList<>(ids.size());
        for (UUID id : ids) {
            Evaluation e = byId.get(id);
            if (e != null) {
                int gap = e.indicators.indexOf(null);
                if (gap >= 0) { // scores are written back by position: a gap would put them on the wrong rows
                    throw new IllegalStateException("evaluation " + id + " has no indicator row at position " + gap);
                }
                out.add(e);
            }
        }
        return out;
    }

    /** A table has at most 500 indicators: a position far beyond is a damaged row, not a reason to fill memory. */
    private static final int MOST_POSITIONS = 10_000;

    private static void place(List<EvaluationIndicator> list, int position, EvaluationIndicator indicator) {
        if (position < 0 || position >= MOST_POSITIONS) {
            throw new IllegalStateException("an indicator row has the position " + position);
        }
        while (list.size() <= position) {
            list.add(null);
        }
        list.set(position, indicator);
    }

    private static Evaluation evaluation(ResultSet rs) throws SQLException {
        Evaluation e = new Evaluation();
        e.id = rs.getObject(1, UUID.class);
        e.tableId = rs.getObject(2, UUID.class);
        e.projectId = rs.getObject(3, UUID.class);
        e.projectName = rs.getString(4);
        e.orgCode = rs.getString(5);
        e.orgPath = rs.getString(6);
        e.fiscalYear = (Integer) rs.getObject(7);
        e.status = EvaluationStatus.valueOf(rs.getString(8));
        e.budgetAdjusted = rs.getBigDecimal(9);
        e.budgetExecuted = rs.getBigDecimal(10);
        e.budgetWeight = rs.getBigDecimal(11);
        e.budgetRate = rs.getBigDecimal(12);
        e.budgetScore = rs.getBigDecimal(13);
        e.totalScore = rs.getBigDecimal(14);
        e.grade = rs.getString(15);
        e.reviewedTotal = rs.getBigDecimal(16);
        e.wasSubmitted = rs.getBoolean(17);
        return e;
    }

    private static EvaluationIndicator indicator(ResultSet rs) throws SQLException {
        EvaluationIndicator i = new EvaluationIndicator();
        i.level1 = rs.getString(2);
        i.level2 = rs.getString(3);
        i.name = rs.getString(4);
        i.targetText = rs.getString(5);
        i.weight = rs.getBigDecimal(6);
        String direction = rs.getString(7);
        i.direction = direction == null ? null : Direction.valueOf(direction);
        i.applicable = rs.getBoolean(8);
        i.actualText = rs.getString(9);
        String achievement = rs.getString(10);
        i.achievement = achievement == null ? null : Achievement.valueOf(achievement);
        i.evaluatorScore = rs.getBigDecimal(11);
        i.score = rs.getBigDecimal(12);
        i.needsDeviation = rs.getBoolean(13);
        i.deviationAnalysis = rs.getString(14);
        return i;
    }
}
