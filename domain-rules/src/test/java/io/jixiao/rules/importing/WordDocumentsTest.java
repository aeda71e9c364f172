package io.jixiao.rules.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jixiao.rules.excel.SafeWorkbooks;
import io.jixiao.rules.word.WordDocuments;
import io.jixiao.rules.word.WordFiles;
import io.jixiao.seeds.Seeds;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

/** The .docx a unit has, read as the text readers read its copied-out text: the same tables, the same sheets. */
class WordDocumentsTest {

    @Test
    void seed002AsAWordFileReadsAsItsPublishedText() throws Exception {
        String seed = Seeds.read("002_ddc626c60baf0fa2.txt");
        byte[] docx = WordFiles.fromFlattenedText(seed);

        ImportResult fromWord = Frameworks.READER.read(WordDocuments.text(new ByteArrayInputStream(docx)));
        ImportResult fromText = Frameworks.READER.read(seed);

        assertEquals(2, fromWord.tables().size());
        assertEquals(fromText.tables(), fromWord.tables());
        assertEquals(2, fromWord.evaluations().size());
        assertEquals(fromText.evaluations(), fromWord.evaluations());
        assertEquals(fromText.disclosures(), fromWord.disclosures());
    }

    @Test
    void aCellContinuingAVerticalMergeIsWrittenEmptyAndSpreadCellsOnce() throws Exception {
        try (XWPFDocument document = new XWPFDocument()) {
            document.createParagraph().createRun().setText("项目支出绩效目标表");
            XWPFTable table = document.createTable(2, 3);
            fill(table.getRow(0), "产出指标", "数量指标", "救助人数");
            fill(table.getRow(1), "", "质量指标", "救助准确率");
            merge(table.getRow(0).getCell(0), STMerge.RESTART);
            merge(table.getRow(1).getCell(0), STMerge.CONTINUE);
            table.getRow(1).getCell(2).addParagraph().createRun().setText("（按审核）");

            String text = WordDocuments.text(new ByteArrayInputStream(bytes(document)));

            assertEquals("项目支出绩效目标表\n\n\t产出指标\n\t数量指标\n\t救助人数\n\n\t\n\t质量指标\n\t救助准确率\n（按审核）\n\n", text);
        }
    }

    @Test
    void whatIsNoWordFileIsRefusedWithAReason() throws Exception {
        IOException legacy = assertThrows(
                IOException.class,
                () -> WordDocuments.text(new ByteArrayInputStream(new byte[] {
                    (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1
                })));
        assertTrue(legacy.getMessage().contains("legacy .doc"), legacy.getMessage());
        IOException text =
                assertThrows(IOException.class, () -> WordDocuments.text(new ByteArrayInputStream("一段文字".getBytes())));
        assertTrue(text.getMessage().contains("not a .docx"), text.getMessage());
        ByteArrayOutputStream workbook = new ByteArrayOutputStream();
        try (XSSFWorkbook xlsx = new XSSFWorkbook()) {
            xlsx.createSheet("表");
            xlsx.write(workbook);
        }
        IOException excel = assertThrows(
                IOException.class, () -> WordDocuments.text(new ByteArrayInputStream(workbook.toByteArray())));
        assertTrue(excel instanceof SafeWorkbooks.Refused);
        assertFalse(excel.getMessage().isBlank());
    }

    private static void fill(XWPFTableRow row, String... texts) {
        for (int i = 0; i < texts.length; i++) {
            row.getCell(i).setText(texts[i]);
        }
    }

    private static void merge(XWPFTableCell cell, STMerge.Enum how) {
        var properties = cell.getCTTc().isSetTcPr()
                ? cell.getCTTc().getTcPr()
                : cell.getCTTc().addNewTcPr();
        properties.addNewVMerge().setVal(how);
    }

    private static byte[] bytes(XWPFDocument document) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        document.write(out);
        return out.toByteArray();
    }
}
