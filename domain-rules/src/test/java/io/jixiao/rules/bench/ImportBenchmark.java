package io.jixiao.rules.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.jixiao.rules.excel.TargetTableWorkbook;
import io.jixiao.rules.importing.ImportResult;
import io.jixiao.rules.importing.ImportedTable;
import io.jixiao.rules.importing.SeedTables;
import io.jixiao.rules.importing.SeedText;
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
    }

    private static void report(String what, int tables, long nanos, int chars) {
        System.out.printf(
                "%s: %.0f ms, %.0f tables/s, %.1f MB of text/s%n",
                what, nanos / 1e6, tables / (nanos / 1e9), chars * 2 / 1e6 / (nanos / 1e9));
    }
}
