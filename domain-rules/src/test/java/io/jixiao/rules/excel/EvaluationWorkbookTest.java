package io.jixiao.rules.excel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jixiao.rules.importing.ImportedEvaluation;
import io.jixiao.rules.importing.SeedTables;
import java.io.ByteArrayInputStream;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** Seed 002's two self-evaluation sheets, exported to .xlsx and imported back, are the same sheets. */
class EvaluationWorkbookTest {

    @Test
    void bothSeedSheetsRoundTrip() throws Exception {
        List<ImportedEvaluation> sheets = SeedTables.evaluations();
        assertEquals(2, sheets.size());
        for (ImportedEvaluation e : sheets) {
            byte[] xlsx = EvaluationWorkbook.write(e);
            ImportedEvaluation back = EvaluationWorkbook.read(new ByteArrayInputStream(xlsx))
                    .evaluations()
                    .get(0);
            assertEquals(e, back, e.projectName());
        }
    }

    @Test
    void theFormIsPrintReadyWithMergedLevels() throws Exception {
        ImportedEvaluation e = SeedTables.evaluations().get(0);
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(EvaluationWorkbook.write(e)))) {
            var s = wb.getSheetAt(0);
            assertTrue(s.getPrintSetup().getLandscape());
            assertTrue(wb.isSheetHidden(wb.getSheetIndex(Cells.META)));
            // 一级: 产出指标, 效益指标, 满意度指标 → the first two span several rows
            long level1Merges = s.getMergedRegions().stream()
                    .filter(r -> r.getFirstColumn() == 1 && r.getLastColumn() == 1)
                    .count();
            assertEquals(2, level1Merges);
        }
    }
}
