package io.jixiao.evaluation.importing;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What an import of self-evaluation sheets came to: each sheet re-scored and (unless dryRun) saved, and the guesses. */
@Schema(
        name = "Answer",
        description = "The sheets found, each re-scored and (unless dryRun) saved, and what the reader had to guess")
public record SheetsAnswer(List<SheetImport> evaluations, List<String> warnings) {}
