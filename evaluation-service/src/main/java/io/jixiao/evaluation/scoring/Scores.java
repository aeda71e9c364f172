package io.jixiao.evaluation.scoring;

import io.jixiao.platform.problem.ProblemException;
import io.jixiao.rules.scoring.ScoreResult;
import io.jixiao.rules.scoring.ScoringEngine;
import io.jixiao.rules.scoring.ScoringPolicy;
import io.jixiao.rules.scoring.Sheet;

/** The scoring engine as the API answers it: a score outside its achievement's band is a 400 naming the row. */
public final class Scores {
    private Scores() {}

    public static ScoreResult score(ScoringEngine engine, Sheet sheet, ScoringPolicy policy) {
        try {
            return engine.score(sheet, policy);
        } catch (ScoringEngine.ScoreOutsideBand e) {
            throw ProblemException.invalid("indicators[" + e.index + "].score", e.getMessage());
        }
    }
}
