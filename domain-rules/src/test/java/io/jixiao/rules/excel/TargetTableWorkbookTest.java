package io.jixiao.rules.excel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jixiao.rules.importing.ImportedTable;
import io.jixiao.rules.importing.SeedTables;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every table of every seed, exported to .xlsx and imported back, is the same table. */
class TargetTableWorkbookTest {

    static Stream<Arguments> seedTables() throws Exception {
        List<Arguments> out = new ArrayList<>();
        for (ImportedTable t : SeedTables.all()) {
            out.add(Arguments.of(t.field("项目名称") + " " + t.period(), t));
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("seedTables")
    void exportThenImportGivesTheSameTable(String name, ImportedTable t) throws Exception {
        ImportedTable back = TargetTableWorkbook.read(new ByteArrayInputStream(TargetTableWorkbook.write(t)))
                .tables()
                .get(0);
        assertEquals(t.title(), back.title());
        assertEquals(t.year(), back.year());
        assertEquals(t.period(), back.period());
        assertEquals(t.periodStartYear(), back.periodStartYear());
        assertEquals(t.periodEndYear(), back.periodEndYear());
        assertEquals(t.framework(), back.framework());
        assertEquals(t.amountUnit(), back.amountUnit());
        assertEquals(t.header(), back.header());
        assertEquals(t.overallGoal(), back.overallGoal());
        assertEquals(t.annualGoal(), back.annualGoal());
        assertEquals(t.costItems(), back.costItems());
        assertEquals(t.indicators(), back.indicators());
        assertEquals(t.project().get("yearAmount"), back.project().get("yearAmount"));
    }

    @Test
    void level1AndLevel2AreMergedAsInTheForms() throws Exception {
        ImportedTable t = SeedTables.all().get(0); // seed 000
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(TargetTableWorkbook.write(t)))) {
            Sheet s = wb.getSheetAt(0);
            assertEquals("绩效目标表", s.getSheetName());
            assertTrue(wb.isSheetHidden(wb.getSheetIndex(TargetTableWorkbook.META)));
            long verticalMerges = s.getMergedRegions().stream()
                    .filter(r -> r.getFirstColumn() <= 1 && r.getLastRow() > r.getFirstRow())
                    .count();
            // 一级: 投入与目标管理, 产出目标, 效果目标, 影响力目标; 二级 with more than one row: 投入管理, 财务管理, 项目管理, 数量, 长效管理
            assertEquals(4 + 5, verticalMerges);
            assertTrue(s.getPrintSetup().getLandscape());
        }
    }

    @Test
    void aWorkbookThatIsNotOursGivesNoTable() throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook();
                var out = new java.io.ByteArrayOutputStream()) {
            wb.createSheet("Sheet1").createRow(0).createCell(0).setCellValue("随便什么");
            wb.write(out);
            var r = TargetTableWorkbook.read(new ByteArrayInputStream(out.toByteArray()));
            assertTrue(r.tables().isEmpty());
            assertTrue(r.warnings().get(0).contains("一级指标"));
        }
    }
}
