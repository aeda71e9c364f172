package io.jixiao.evaluation.importing;

import io.jixiao.rules.importing.ImportedEvaluation;
import io.jixiao.rules.scoring.ScoreResult;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What became of one imported self-evaluation sheet. */
@Schema(description = "One imported self-evaluation sheet: what was read, the engine's score of it, and where it went")
public record SheetImport(
        @Schema(description = "the sheet as read") ImportedEvaluation sheet,
        @Schema(description = "the published 总分") BigDecimal publishedTotal,

        @Schema(description = "the engine's score of the sheet as read")
        ScoreResult rescored,

        @Schema(description = "true when the engine reproduces every published row score and the total")
        boolean matchesPublished,

        @Schema(description = "rows (and the total) whose published score the engine does not reproduce")
        List<String> differences,

        @Schema(description = "the self-evaluation it filled in (not on dryRun)")
        UUID evaluationId,

        @Schema(description = "its total after filling in") BigDecimal evaluationTotal,
        @Schema(description = "why it could not be saved") String problem) {}
