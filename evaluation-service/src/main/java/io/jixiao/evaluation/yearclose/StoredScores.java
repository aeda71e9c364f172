package io.jixiao.evaluation.yearclose;

import io.jixiao.evaluation.evaluation.Evaluation;
import io.jixiao.evaluation.evaluation.EvaluationIndicator;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The indicator scores of a batch as they were read, before the close re-scores them. A unit's every save already
 * scores its rows, so under an unchanged policy most rows come out of the close as they went in: only the others are
 * written back (an indicator row is 20 of every 21 rows a close would otherwise rewrite).
 */
final class StoredScores {
    private final Map<UUID, Row[]> byEvaluation;

    private record Row(BigDecimal score, boolean needsDeviation) {}

    private StoredScores(Map<UUID, Row[]> byEvaluation) {
        this.byEvaluation = byEvaluation;
    }

    static StoredScores of(List<Evaluation> batch) {
        Map<UUID, Row[]> rows = new HashMap<>(batch.size() * 2);
        for (Evaluation e : batch) {
            Row[] r = new Row[e.indicators.size()];
            for (int p = 0; p < r.length; p++) {
                EvaluationIndicator i = e.indicators.get(p);
                r[p] = new Row(i.score, i.needsDeviation);
            }
            rows.put(e.id, r);
        }
        return new StoredScores(rows);
    }

    /** Whether row {@code position} of {@code e} still has the score and deviation flag it was read with. */
    boolean unchanged(Evaluation e, int position) {
        Row[] rows = byEvaluation.get(e.id);
        if (rows == null || position >= rows.length) {
            return false;
        }
        EvaluationIndicator now = e.indicators.get(position);
        return rows[position].needsDeviation == now.needsDeviation && sameNumber(rows[position].score, now.score);
    }

    /** 4.50 read from numeric(7,2) is the 4.5 the engine computes. */
    private static boolean sameNumber(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }
}
