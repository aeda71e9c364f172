package io.jixiao.rules.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The importer's front door: recognises which of the known layouts a text is written in (Markdown halves, one Word
 * cell per line, tab-separated rows, OCR lines) and which framework it uses, and hands it to that reader. A text in
 * none of them (another city's table copied from a web page, a flattened Word file) is read by its content
 * ({@link ContentReader}). Plain Java.
 */
public final class DocumentReader {
    private final List<Levels> frameworks;

    /** @param frameworks the frameworks a document may be written in; the best fit is chosen per document */
    public DocumentReader(List<Levels> frameworks) {
        this.frameworks = frameworks;
    }

    public ImportResult read(String text) {
        return read(text, null);
    }

    /** @param framework a framework code to use instead of guessing, or null */
    public ImportResult read(String text, String framework) {
        if (text == null || text.isBlank()) {
            return new ImportResult(List.of(), List.of("the text is empty"));
        }
        Levels levels = framework == null
                ? bestFit(text)
                : frameworks.stream()
                        .filter(f -> f.code().equals(framework))
                        .findFirst()
                        .orElseThrow(() -> new IllegalArgumentException("unknown framework " + framework));
        ImportResult r;
        if (MarkdownLayoutReader.recognises(text)) {
            r = new MarkdownLayoutReader(levels).read(text);
        } else if (WordCellReader.recognises(text)) {
            r = new WordCellReader(levels).read(text);
        } else if (OcrLayoutReader.recognises(text)) {
            r = new OcrLayoutReader(levels).read(text);
        } else {
            r = new TabLayoutReader(levels).read(text);
        }
        if (!wellFormed(r)) {
            // none of the known layouts read it cleanly: recognise the table from what its cells say
            ImportResult byContent = new ContentReader(framework == null ? byContent(text, levels) : levels).read(text);
            if (byContent.hasIndicators() && formed(byContent) > formed(r)) {
                return byContent;
            }
        }
        if (r.isEmpty()) {
            List<String> w = new ArrayList<>(r.warnings());
            w.add(0, "no target table, self-evaluation sheet or 拟公开 list was found in this text");
            return new ImportResult(List.of(), List.of(), List.of(), w);
        }
        return r;
    }

    /** A layout reader's result to keep: something read, every named indicator with its target. */
    private static boolean wellFormed(ImportResult r) {
        return r.hasIndicators()
                && r.tables().stream()
                        .flatMap(t -> t.named().stream())
                        .allMatch(i -> i.target() != null && !i.target().isBlank());
    }

    /** Named indicators with a target, and sheet rows with one: how much of a document a reader made sense of. */
    private static long formed(ImportResult r) {
        return r.tables().stream()
                        .flatMap(t -> t.named().stream())
                        .filter(i -> i.target() != null && !i.target().isBlank())
                        .count()
                + r.evaluations().stream()
                        .flatMap(e -> e.indicators().stream())
                        .filter(i -> i.name() != null && i.target() != null)
                        .count()
                + r.disclosures().size();
    }

    /** The framework whose tree names a content reading finds as cells; the text-wide guess where none fits better. */
    private Levels byContent(String text, Levels guess) {
        Levels best = guess;
        int bestScore = ContentReader.fit(guess, text);
        for (Levels f : frameworks) {
            int score = ContentReader.fit(f, text);
            if (score > bestScore) {
                best = f;
                bestScore = score;
            }
        }
        return best;
    }

    /** The framework most of whose 一级 and 二级 names occur in the text. */
    Levels bestFit(String text) {
        if (frameworks.isEmpty()) {
            return new Levels("", java.util.Map.of()); // sheets that print their 一级 need no framework to be read
        }
        Levels best = frameworks.get(0);
        long bestScore = -1;
        for (Levels f : frameworks) {
            long score = Stream.concat(
                            f.tree().keySet().stream(),
                            f.tree().values().stream().flatMap(List::stream))
                    .distinct()
                    .filter(text::contains)
                    .count();
            if (score > bestScore) {
                best = f;
                bestScore = score;
            }
        }
        return best;
    }
}
