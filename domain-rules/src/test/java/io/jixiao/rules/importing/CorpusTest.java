package io.jixiao.rules.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jixiao.rules.scoring.PublishedScores;
import io.jixiao.rules.scoring.ScoringPolicy;
import io.jixiao.rules.scoring.Sheet;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Target tables and self-evaluation sheets published by other cities and counties (src/test/resources/.../corpus: the
 * text as stored, its source and the indicators written out by hand in the .expected beside it). Reports the share of
 * indicators read exactly (一级, 二级, name, target) and, for sheets, which rule each publisher scored by; the report is
 * printed for docs/importing.md and the thresholds are asserted.
 */
class CorpusTest {
    private static final List<Doc> DOCS = new ArrayList<>();

    /** One document: its text, what the .expected says, and what the importer read. */
    private record Doc(String name, String text, Map<String, String> meta, List<String> expected, ImportResult read) {
        Doc with(ImportResult other) {
            return new Doc(name, text, meta, expected, other);
        }

        boolean sheet() {
            return "sheet".equals(meta.get("kind"));
        }

        /** The read lines in the .expected's form: 一级|二级|name|target[|actual|weight|score]. */
        List<String> lines() {
            if (sheet()) {
                return read.evaluations().stream()
                        .flatMap(e -> e.indicators().stream())
                        .filter(r -> r.name() != null)
                        .map(r -> String.join(
                                "|",
                                r.level1(),
                                r.level2(),
                                r.name(),
                                blank(r.target()),
                                blank(r.actual()),
                                blank(r.weight()),
                                blank(r.score())))
                        .toList();
            }
            return read.tables().stream()
                    .flatMap(t -> t.named().stream())
                    .map(i -> String.join("|", i.level1(), i.level2(), i.name(), blank(i.target())))
                    .toList();
        }

        static String blank(String s) {
            return s == null ? "" : s;
        }

        /** Expected lines matched exactly, each at most once; on the indicator fields only when {@code fields} is 4. */
        int exact(int fields) {
            List<String> read =
                    new ArrayList<>(lines().stream().map(l -> cut(l, fields)).toList());
            int n = 0;
            for (String e : expected) {
                if (read.remove(cut(e, fields))) {
                    n++;
                }
            }
            return n;
        }

        int extras() {
            return Math.max(0, lines().size() - exact(7));
        }

        static String cut(String line, int fields) {
            String[] p = line.split("\\|", -1);
            return String.join("|", java.util.Arrays.copyOf(p, Math.min(fields, p.length)));
        }
    }

    @BeforeAll
    static void readAll() throws IOException, URISyntaxException {
        Path dir =
                Path.of(CorpusTest.class.getResource("/io/jixiao/rules/corpus").toURI());
        try (Stream<Path> files = Files.list(dir)) {
            for (Path text :
                    files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                String name = text.getFileName().toString().replace(".txt", "");
                Map<String, String> meta = new LinkedHashMap<>();
                List<String> expected = new ArrayList<>();
                for (String line : Files.readAllLines(dir.resolve(name + ".expected"))) {
                    if (line.startsWith("# ")) {
                        int colon = line.indexOf(':');
                        meta.put(
                                line.substring(2, colon).strip(),
                                line.substring(colon + 1).strip());
                    } else if (!line.isBlank()) {
                        expected.add(line);
                    }
                }
                String body = Files.readString(text);
                DOCS.add(new Doc(name, body, meta, expected, Frameworks.READER.read(body)));
            }
        }
    }

    @Test
    void theCorpusHoldsTwentyPublishedDocumentsWrittenOutByHand() {
        assertTrue(DOCS.size() >= 20, DOCS.size() + " documents");
        DOCS.forEach(d -> assertTrue(d.meta().containsKey("source") && d.meta().containsKey("kind"), d.name()));
        assertTrue(DOCS.stream().mapToInt(d -> d.expected().size()).sum() > 150);
    }

    @Test
    void ninetyFivePercentOfTheIndicatorsAreReadExactly() {
        int expected = 0;
        int exact = 0;
        StringBuilder report = new StringBuilder(
                "| document | kind | indicators | read exactly | rows with actual, 分值, 得分 | read that are not in it |\n"
                        + "|---|---|---|---|---|---|\n");
        for (Doc d : DOCS) {
            expected += d.expected().size();
            exact += d.exact(4);
            report.append("| ")
                    .append(d.name())
                    .append(" | ")
                    .append(d.meta().get("kind"))
                    .append(" | ")
                    .append(d.expected().size())
                    .append(" | ")
                    .append(d.exact(4))
                    .append(" | ")
                    .append(d.sheet() ? String.valueOf(d.exact(7)) : "—")
                    .append(" | ")
                    .append(d.extras())
                    .append(" |\n");
        }
        for (Doc d : DOCS) {
            List<String> read =
                    new ArrayList<>(d.lines().stream().map(l -> Doc.cut(l, 4)).toList());
            List<String> missing = new ArrayList<>();
            for (String e : d.expected()) {
                if (!read.remove(Doc.cut(e, 4))) {
                    missing.add(Doc.cut(e, 4));
                }
            }
            if (!missing.isEmpty() || !read.isEmpty()) {
                report.append("\n").append(d.name()).append(": not read ").append(missing);
                report.append("\n").append(d.name()).append(": read instead ").append(read);
            }
        }
        int heldOut = 0;
        int heldOutExact = 0;
        for (Doc d : DOCS) {
            if ("held-out".equals(d.meta().get("set"))) {
                heldOut += d.expected().size();
                heldOutExact += d.exact(4);
            }
        }
        report.append("\nheld out (added after the reader was written): ")
                .append(heldOutExact)
                .append(" of ")
                .append(heldOut)
                .append("\n");
        double share = (double) exact / expected;
        report.append("\n").append(exact).append(" of ").append(expected).append(" indicators read exactly: ");
        report.append(String.format("%.1f %%", share * 100));
        System.out.println(report);
        assertTrue(share >= 0.95, report.toString());
    }

    /**
     * The corpus's `|` tables as units have them: a Word file with the table's cells, and a PDF printed from it. Both
     * go through the same recogniser as the text; the share read exactly is asserted over all of them.
     */
    @Test
    void wordAndPdfCopiesOfThePipeTablesReadAsTheirText() throws Exception {
        int expected = 0;
        int word = 0;
        int pdf = 0;
        StringBuilder report =
                new StringBuilder("| document | indicators | from .docx | from PDF |\n|---|---|---|---|\n");
        for (Doc d : DOCS) {
            String text = d.text();
            if (text.lines().filter(l -> l.contains("|")).count() < 3) {
                continue;
            }
            StringBuilder wordText = new StringBuilder();
            StringBuilder tabbed = new StringBuilder();
            for (String line : text.split("\n")) {
                if (!line.contains("|")) {
                    wordText.append(line.strip()).append("\n");
                    tabbed.append(line.strip()).append("\n");
                    continue;
                }
                for (String cell : line.split("\\|", -1)) {
                    wordText.append("\t").append(cell.strip()).append("\n");
                }
                wordText.append("\n");
                tabbed.append(String.join(
                                "\t",
                                java.util.Arrays.stream(line.split("\\|", -1))
                                        .map(String::strip)
                                        .toList()))
                        .append("\n");
            }
            byte[] docx = io.jixiao.rules.word.WordFiles.fromFlattenedText(wordText.toString());
            byte[] printed = io.jixiao.rules.pdf.PdfFiles.fromTabbedText(tabbed.toString());
            Doc fromWord = d.with(Frameworks.READER.read(
                    io.jixiao.rules.word.WordDocuments.text(new java.io.ByteArrayInputStream(docx))));
            Doc fromPdf = d.with(Frameworks.READER.read(io.jixiao.rules.pdf.PdfDocuments.text(printed)));
            expected += d.expected().size();
            word += fromWord.exact(4);
            pdf += fromPdf.exact(4);
            report.append("| ")
                    .append(d.name())
                    .append(" | ")
                    .append(d.expected().size())
                    .append(" | ");
            report.append(fromWord.exact(4))
                    .append(" | ")
                    .append(fromPdf.exact(4))
                    .append(" |\n");
        }
        report.append("\n.docx: ").append(word).append(" of ").append(expected);
        report.append("; PDF: ").append(pdf).append(" of ").append(expected);
        System.out.println(report);
        assertTrue(word >= 0.95 * expected, report.toString());
        assertTrue(pdf >= 0.95 * expected, report.toString());
    }

    @Test
    void everyDocumentIsReadAsWhatItIsWithItsYearAndProject() {
        for (Doc d : DOCS) {
            if (d.sheet()) {
                assertFalse(d.read().evaluations().isEmpty(), d.name());
            } else {
                assertFalse(d.read().tables().isEmpty(), d.name());
                assertTrue(d.read().evaluations().isEmpty(), d.name());
            }
            String year = d.meta().getOrDefault("year", "");
            if (!year.isEmpty()) {
                List<Integer> years = d.sheet()
                        ? d.read().evaluations().stream()
                                .map(ImportedEvaluation::year)
                                .toList()
                        : d.read().tables().stream().map(ImportedTable::year).toList();
                assertTrue(years.contains(Integer.valueOf(year)), d.name() + " " + years);
            }
            if (d.meta().containsKey("project")) {
                List<String> names = d.sheet()
                        ? d.read().evaluations().stream()
                                .map(ImportedEvaluation::projectName)
                                .toList()
                        : d.read().tables().stream().map(t -> t.field("项目名称")).toList();
                assertTrue(names.contains(d.meta().get("project")), d.name() + " " + names);
            }
            if (d.meta().containsKey("forms")) {
                assertEquals(
                        Integer.parseInt(d.meta().get("forms")),
                        d.read().tables().size(),
                        d.name());
            }
        }
    }

    @Test
    void eachSheetIsRescoredAndEveryPublishedScoreTheRuleDoesNotGiveIsExplained() {
        PublishedScores scores = new PublishedScores();
        io.jixiao.rules.scoring.ScoringEngine engine = new io.jixiao.rules.scoring.ScoringEngine();
        StringBuilder totals =
                new StringBuilder("| sheet | published 总分 | by the rule | reproduces |\n|---|---|---|---|\n");
        StringBuilder report = new StringBuilder(
                "| sheet | row | published | by the rule | the publisher's rule |\n" + "|---|---|---|---|---|\n");
        for (Doc d : DOCS) {
            if (!d.meta().containsKey("rescoring")) {
                continue;
            }
            TreeSet<String> rules = new TreeSet<>();
            for (ImportedEvaluation e : d.read().evaluations()) {
                Sheet sheet = EvaluationSheets.sheet(e);
                java.math.BigDecimal byRule =
                        engine.score(sheet, ScoringPolicy.mof2020()).total();
                java.math.BigDecimal published = EvaluationSheets.number(e.totalScore());
                totals.append("| ").append(d.name()).append(" | ").append(published == null ? "—" : published);
                totals.append(" | ").append(byRule).append(" | ");
                totals.append(published == null ? "—" : published.compareTo(byRule) == 0 ? "yes" : "no");
                totals.append(" |\n");
                List<ImportedEvaluation.Row> named =
                        e.indicators().stream().filter(r -> r.name() != null).toList();
                for (int i = 0; i < named.size(); i++) {
                    PublishedScores.Check c = scores.check(
                            sheet.indicators().get(i),
                            EvaluationSheets.number(named.get(i).score()),
                            ScoringPolicy.mof2020());
                    if (c.differs()) {
                        rules.add(c.name() + "=" + c.rule());
                        report.append("| ")
                                .append(d.name())
                                .append(" | ")
                                .append(c.name())
                                .append(" | ")
                                .append(c.published())
                                .append(" | ")
                                .append(c.byRule())
                                .append(" | ")
                                .append(c.explanation())
                                .append(" |\n");
                    }
                }
            }
            TreeSet<String> expected = new TreeSet<>();
            for (String r : d.meta().get("rescoring").split(";")) {
                if (!r.isBlank()) {
                    expected.add(r.strip());
                }
            }
            assertEquals(expected, rules, d.name());
        }
        System.out.println(report);
        System.out.println(totals);
    }

    @Test
    void aPublishedTotalIsTheSumOfItsPublishedScores() {
        for (Doc d : DOCS) {
            if (!d.meta().containsKey("total")) {
                continue;
            }
            ImportedEvaluation e = d.read().evaluations().get(0);
            java.math.BigDecimal sum = e.indicators().stream()
                    .map(r -> EvaluationSheets.number(r.score()))
                    .filter(java.util.Objects::nonNull)
                    .reduce(java.math.BigDecimal.ZERO, java.math.BigDecimal::add);
            java.math.BigDecimal budget = e.totalBudget() == null
                    ? java.math.BigDecimal.ZERO
                    : EvaluationSheets.number(e.totalBudget().score());
            if (d.meta().containsKey("budget-weight")) {
                assertEquals(d.meta().get("budget-weight"), e.totalBudget().weight(), d.name() + " budget weight");
            }
            java.math.BigDecimal total = EvaluationSheets.number(e.totalScore());
            assertEquals(0, total.compareTo(new java.math.BigDecimal(d.meta().get("total"))), d.name() + " " + total);
            assertEquals(0, total.compareTo(sum.add(budget)), d.name() + " adds up to " + sum.add(budget));
        }
    }
}
