package io.jixiao.rules.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.jixiao.rules.excel.TargetTableWorkbook;
import io.jixiao.rules.importing.ImportResult;
import io.jixiao.rules.importing.ImportedTable;
import io.jixiao.rules.importing.SeedTables;
import io.jixiao.rules.importing.SeedText;
import io.jixiao.rules.pdf.PdfDocuments;
import io.jixiao.rules.pdf.PdfFiles;
import io.jixiao.rules.word.WordDocuments;
import io.jixiao.rules.word.WordFiles;
import io.jixiao.seeds.Seeds;
import java.io.ByteArrayInputStream;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * How fast documents are read and workbooks written and read: a Markdown document of 1,002 projects (2,004 tables, seed
 * 003's six projects renamed over and over), a Word-cell document of 500 target tables, and 1,000 .xlsx round trips.
 * Prints the numbers; run with {@code mvn -B test -pl domain-rules -Dtest=ImportBenchmark}.
 */
class ImportBenchmark {

    @Test
    void readersAndWorkbooks() throws Exception {
        String markdown = SeedText.markdownOfProjects(1_000);
        String word = SeedText.wordOfTables(500);
        for (int warm = 0; warm < 3; warm++) {
            SeedText.READER.read(markdown);
            SeedText.READER.read(word);
        }
        long t0 = System.nanoTime();
        ImportResult md = SeedText.READER.read(markdown);
        long t1 = System.nanoTime();
        ImportResult wd = SeedText.READER.read(word);
        long t2 = System.nanoTime();
        assertEquals(2 * 1_002, md.tables().size()); // 167 rounds of seed 003's six projects
        assertEquals(500, wd.tables().size());
        report("Markdown layout, 1,002 projects → 2,004 tables", md.tables().size(), t1 - t0, markdown.length());
        report("Word-cell layout, 500 target tables", wd.tables().size(), t2 - t1, word.length());

        List<ImportedTable> seeds = SeedTables.all();
        for (int warm = 0; warm < 50; warm++) {
            TargetTableWorkbook.read(
                    new ByteArrayInputStream(TargetTableWorkbook.write(seeds.get(warm % seeds.size()))));
        }
        long w0 = System.nanoTime();
        long bytes = 0;
        for (int i = 0; i < 1_000; i++) {
            byte[] xlsx = TargetTableWorkbook.write(seeds.get(i % seeds.size()));
            bytes += xlsx.length;
            TargetTableWorkbook.read(new ByteArrayInputStream(xlsx));
        }
        long w1 = System.nanoTime();
        System.out.printf(
                "xlsx write + read, 1,000 target tables: %.1f ms per table (%.0f tables/s), %d KB per file%n",
                (w1 - w0) / 1e6 / 1_000, 1_000 / ((w1 - w0) / 1e9), bytes / 1_000 / 1024);
        filesAsUnitsHaveThem();
    }

    /** The files a unit uploads: seed 002 as its .docx, seed 003 printed to PDF; each read to tables 200 times. */
    private static void filesAsUnitsHaveThem() throws Exception {
        byte[] docx = WordFiles.fromFlattenedText(Seeds.read("002_ddc626c60baf0fa2.txt"));
        byte[] pdf = PdfFiles.fromTabbedText(Seeds.read("003_7e8bd65db7a2ce18.txt"));
        file(
                ".docx, seed 002",
                docx,
                bytes -> SeedText.READER.read(WordDocuments.text(new ByteArrayInputStream(bytes))));
        file("PDF (text layer), seed 003", pdf, bytes -> SeedText.READER.read(PdfDocuments.text(bytes)));
    }

    private interface Read {
        ImportResult apply(byte[] file) throws Exception;
    }

    private static void file(String what, byte[] file, Read read) throws Exception {
        int tables = 0;
        for (int warm = 0; warm < 20; warm++) {
            tables = read.apply(file).tables().size();
        }
        int runs = 200;
        long[] each = new long[runs];
        for (int i = 0; i < runs; i++) {
            long t = System.nanoTime();
            read.apply(file);
            each[i] = System.nanoTime() - t;
        }
        java.util.Arrays.sort(each);
        System.out.printf(
                "%s, %d KB, %d tables: p50 %.1f ms, p90 %.1f ms per file (%d reads)%n",
                what, file.length / 1024, tables, each[runs / 2] / 1e6, each[runs * 9 / 10] / 1e6, runs);
    }

    private static void report(String what, int tables, long nanos, int chars) {
        System.out.printf(
                "%s: %.0f ms, %.0f tables/s, %.1f MB of text/s%n",
                what, nanos / 1e6, tables / (nanos / 1e9), chars * 2 / 1e6 / (nanos / 1e9));
    }
}
