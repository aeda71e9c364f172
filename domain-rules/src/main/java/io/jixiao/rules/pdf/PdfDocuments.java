package io.jixiao.rules.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * A PDF with a text layer (a form printed to PDF) turned into the text the document readers know: each line of the
 * page a line, its cells separated by tabs. Cells are placed by where they start on the page: the starts of all runs of
 * a page form its columns, so an empty cell stays an empty cell (a merged 一级 column on a continuation row) instead of
 * shifting the row left. A PDF without text (a scan) is refused with {@link NoTextLayer}. Plain Java (Apache PDFBox).
 */
public final class PdfDocuments {
    /** More pages than any published table or sheet has: a bigger file is no form. */
    static final int MAX_PAGES = 300;
    /** Runs starting within this many points of each other start in the same column. */
    private static final float COLUMN_TOLERANCE = 3f;
    /** At most this many blank lines stand for a vertical gap. */
    private static final int MAX_BLANK_LINES = 3;

    private PdfDocuments() {}

    /** A file that is refused, with the reason in words a person can act on. */
    public static class Refused extends IOException {
        Refused(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** Thrown for a PDF that holds no text to read: a scan, or pictures only. */
    public static final class NoTextLayer extends Refused {
        NoTextLayer() {
            super(
                    "the PDF has no text layer (a scan or pictures): run it through OCR, or send the .docx, .xlsx or"
                            + " the text instead",
                    null);
        }
    }

    /** @throws Refused not a PDF, protected by a password, too long, or without text */
    public static String text(byte[] pdf) throws Refused {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            if (document.getNumberOfPages() > MAX_PAGES) {
                throw new Refused(
                        "the PDF has " + document.getNumberOfPages() + " pages; at most " + MAX_PAGES + " are read",
                        null);
            }
            Cells cells = new Cells();
            cells.getText(document);
            String text = cells.text();
            if (text.isBlank()) {
                throw new NoTextLayer();
            }
            return text;
        } catch (InvalidPasswordException e) {
            throw new Refused("the PDF is protected by a password: send it without one", e);
        } catch (Refused e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw new Refused("the file is not a readable PDF", e);
        }
    }

    /** One run of text, where it starts on the page, and its baseline. */
    private record Run(float x, float y, String text) {}

    /** Collects each page's lines as runs with their positions, then lays them out on the page's columns. */
    private static final class Cells extends PDFTextStripper {
        private final StringBuilder out = new StringBuilder();
        private final List<List<Run>> page = new ArrayList<>();
        private List<Run> line = new ArrayList<>();

        Cells() throws IOException {
            setSortByPosition(true);
        }

        @Override
        protected void writeString(String text, List<TextPosition> positions) {
            if (!text.isBlank()) {
                TextPosition first = positions.get(0);
                line.add(new Run(first.getXDirAdj(), first.getYDirAdj(), text.strip()));
            }
        }

        @Override
        protected void writeWordSeparator() {
            // runs are kept apart by their positions
        }

        @Override
        protected void writeLineSeparator() {
            page.add(line);
            line = new ArrayList<>();
        }

        @Override
        protected void writePageEnd() {
            if (!line.isEmpty()) {
                writeLineSeparator();
            }
            layOut();
            page.clear();
        }

        private void layOut() {
            TreeMap<Float, Integer> columns = columns();
            List<List<Run>> lines = page.stream().filter(l -> !l.isEmpty()).toList();
            float step = usualStep(lines);
            for (int i = 0; i < lines.size(); i++) {
                if (i > 0 && step > 0) {
                    // a gap of two or three lines is the blank line a form leaves between its blocks
                    float gap =
                            lines.get(i).get(0).y() - lines.get(i - 1).get(0).y();
                    int blanks = Math.min(MAX_BLANK_LINES, Math.round(gap / step) - 1);
                    out.append("\n".repeat(Math.max(0, blanks)));
                }
                List<StringBuilder> cells = new ArrayList<>();
                for (Run r : lines.get(i)) {
                    int column = columns.floorEntry(r.x() + COLUMN_TOLERANCE).getValue();
                    while (cells.size() <= column) {
                        cells.add(new StringBuilder());
                    }
                    StringBuilder cell = cells.get(column);
                    cell.append(cell.isEmpty() ? "" : " ").append(r.text());
                }
                out.append(String.join("\t", cells)).append('\n');
            }
        }

        /** The most common distance between two lines' baselines on the page: one line. */
        private static float usualStep(List<List<Run>> lines) {
            java.util.Map<Integer, Integer> counts = new java.util.HashMap<>();
            for (int i = 1; i < lines.size(); i++) {
                int gap = Math.round(
                        lines.get(i).get(0).y() - lines.get(i - 1).get(0).y());
                if (gap > 0) {
                    counts.merge(gap, 1, Integer::sum);
                }
            }
            return counts.entrySet().stream()
                    .max(java.util.Map.Entry.<Integer, Integer>comparingByValue()
                            .thenComparing(java.util.Map.Entry.comparingByKey(java.util.Comparator.reverseOrder())))
                    .map(e -> (float) e.getKey())
                    .orElse(0f);
        }

        /** The starts of the page's runs, close ones merged, numbered left to right. */
        private TreeMap<Float, Integer> columns() {
            List<Float> starts =
                    page.stream().flatMap(List::stream).map(Run::x).sorted().toList();
            TreeMap<Float, Integer> columns = new TreeMap<>();
            float last = Float.NEGATIVE_INFINITY;
            for (float x : starts) {
                if (x - last > COLUMN_TOLERANCE) {
                    columns.put(x, columns.size());
                }
                last = x;
            }
            return columns;
        }

        String text() {
            return out.toString();
        }
    }
}
