package io.jixiao.rules.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The importer's front door: recognises which of the known layouts a text is written in (Markdown halves, one Word
 * cell per line, tab-separated rows, OCR lines) and which framework it uses, and hands it to that reader. Plain Java.
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
        if (r.isEmpty()) {
            List<String> w = new ArrayList<>(r.warnings());
            w.add(0, "no target table, self-evaluation sheet or 拟公开 list was found in this text");
            return new ImportResult(List.of(), List.of(), List.of(), w);
        }
        return r;
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
