package io.jixiao.evaluation.evaluation;

import io.jixiao.evaluation.scoring.Scores;
import io.jixiao.rules.scoring.Grade;
import io.jixiao.rules.scoring.ScoreResult;
import io.jixiao.rules.scoring.ScoringEngine;
import io.jixiao.rules.scoring.ScoringPolicy;
import io.jixiao.rules.scoring.Sheet;
import java.util.ArrayList;
import java.util.List;

/** Turns an evaluation into a sheet for the engine and writes the result back onto it. */
final class EvaluationScorer {
    private static final ScoringEngine ENGINE = new ScoringEngine();

    private EvaluationScorer() {}

    static ScoreResult score(Evaluation e, ScoringPolicy policy) {
        ScoreResult r = Scores.score(ENGINE, sheet(e, policy), policy);
        e.budgetWeight = e.budgetWeight == null ? policy.budgetWeight() : e.budgetWeight;
        e.budgetRate = r.budgetRate();
        e.budgetScore = r.budgetScore();
        e.totalScore = r.total();
        e.grade = Grade.labelOf(r.grade());
        for (int i = 0; i < e.indicators.size(); i++) {
            EvaluationIndicator x = e.indicators.get(i);
            ScoreResult.RowScore s = r.indicators().get(i);
            x.score = s.score();
            x.needsDeviation = s.needsDeviationAnalysis();
        }
        return r;
    }

    /**
     * Scores what the unit entered; until it entered anything the sheet has no total and no grade (a fresh sheet is not
     * a 差 one), though the budget block is scored as soon as the figures are known.
     */
    static void scoreEntered(Evaluation e, ScoringPolicy policy) {
        score(e, policy);
        boolean entered = e.indicators.stream()
                .anyMatch(x -> x.actualText != null && !x.actualText.isBlank() || x.achievement != null);
        if (!entered) {
            e.totalScore = null;
            e.grade = null;
            e.indicators.forEach(x -> {
                x.score = null;
                x.needsDeviation = false;
            });
        }
    }

    static Sheet sheet(Evaluation e, ScoringPolicy policy) {
        List<Sheet.Row> rows = new ArrayList<>();
        for (EvaluationIndicator x : e.indicators) {
            rows.add(new Sheet.Row(
                    x.level1,
                    x.level2,
                    x.name,
                    x.targetText,
                    x.actualText,
                    x.weight,
                    x.direction,
                    x.achievement,
                    x.evaluatorScore,
                    x.applicable));
        }
        return new Sheet(
                new Sheet.Budget(
                        e.budgetAdjusted,
                        e.budgetExecuted,
                        e.budgetWeight == null ? policy.budgetWeight() : e.budgetWeight),
                rows);
    }

    /** The policy's default weights spread over the rows that have none (tables without 分值). */
    static void fillWeights(Evaluation e, ScoringPolicy policy) {
        var weights = ENGINE.weights(sheet(e, policy).indicators(), policy);
        for (int i = 0; i < e.indicators.size(); i++) {
            EvaluationIndicator x = e.indicators.get(i);
            if (x.weight == null) {
                x.weight = weights.get(i).setScale(4, java.math.RoundingMode.HALF_UP);
            }
        }
    }
}
