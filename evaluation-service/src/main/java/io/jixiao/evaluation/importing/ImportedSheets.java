package io.jixiao.evaluation.importing;

import io.jixiao.rules.importing.EvaluationSheets;
import io.jixiao.rules.importing.ImportedEvaluation;
import io.jixiao.rules.scoring.PublishedScores;
import io.jixiao.rules.scoring.ScoreResult;
import io.jixiao.rules.scoring.ScoringEngine;
import io.jixiao.rules.scoring.ScoringPolicy;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Re-scores an imported sheet and says where the engine and the published scores part, and by which rule the
 * publisher scored each row that differs (cut to whole points, weight × actual % uncapped, a discretionary deduction
 * …). Plain Java.
 */
final class ImportedSheets {
    private static final ScoringEngine ENGINE = new ScoringEngine();
    private static final PublishedScores PUBLISHED = new PublishedScores();

    private ImportedSheets() {}

    static SheetImport check(ImportedEvaluation e, ScoringPolicy policy) {
        var sheet = EvaluationSheets.sheet(e);
        ScoreResult r = ENGINE.score(sheet, policy);
        List<String> differences = new ArrayList<>();
        List<ImportedEvaluation.Row> named =
                e.indicators().stream().filter(x -> x.name() != null).toList();
        for (int i = 0; i < named.size(); i++) {
            BigDecimal published = EvaluationSheets.number(named.get(i).score());
            BigDecimal computed = r.indicators().get(i).score();
            if (published != null && (computed == null || published.compareTo(computed) != 0)) {
                PublishedScores.Check why = PUBLISHED.check(sheet.indicators().get(i), published, policy);
                differences.add(
                        named.get(i).name() + ": published " + named.get(i).score() + ", computed " + computed + " ("
                                + why.rule() + ": " + why.explanation() + ")");
            }
        }
        BigDecimal total = EvaluationSheets.number(e.totalScore());
        if (total != null && total.compareTo(r.total()) != 0) {
            differences.add("总分: published " + e.totalScore() + ", computed " + r.total());
        }
        return new SheetImport(e, total, r, differences.isEmpty(), differences, null, null, null);
    }
}
