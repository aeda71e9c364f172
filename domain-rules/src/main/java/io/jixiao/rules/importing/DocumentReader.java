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
        if (!wellFormed(r, levels)) {
            // none of the known layouts read it cleanly: recognise the table from what its cells say
            Levels byFit = framework == null ? byContent(text, levels) : levels;
            ImportResult byContent = new ContentReader(byFit).read(text);
            if (byContent.hasIndicators() && formed(byContent, byFit) > formed(r, levels)) {
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

    /**
     * A layout reader's result to keep: something read, and every named indicator (or sheet row) with a target and
     * in the framework's tree. A layout reader given a form it does not know reads names as 二级 and values as names.
     */
    private static boolean wellFormed(ImportResult r, Levels levels) {
        return r.hasIndicators()
                        && rows(r).allMatch(i -> good(i, levels))
                        && rows(r).findAny().isPresent()
                || !r.disclosures().isEmpty();
    }

    /** Named indicators and sheet rows that have a target and sit in the framework's tree. */
    private static long formed(ImportResult r, Levels levels) {
        return rows(r).filter(i -> good(i, levels)).count() + r.disclosures().size();
    }

    /** {一级, 二级, name, target} of every named indicator and sheet row. */
    private static Stream<String[]> rows(ImportResult r) {
        return Stream.concat(
                r.tables().stream().flatMap(t -> t.named().stream()).map(i ->
                        new String[] {i.level1(), i.level2(), i.name(), i.target()}),
                r.evaluations().stream()
                        .flatMap(e -> e.indicators().stream())
                        .filter(i -> i.name() != null)
                        .map(i -> new String[] {i.level1(), i.level2(), i.name(), i.target()}));
    }

    private static boolean good(String[] row, Levels levels) {
        boolean target = row[3] != null && !row[3].isBlank();
        boolean tree = levels.tree().isEmpty()
                || levels.isLevel1(row[0]) && (row[1] == null || row[0].equals(levels.ownerOf(row[1])));
        return target && tree;
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
