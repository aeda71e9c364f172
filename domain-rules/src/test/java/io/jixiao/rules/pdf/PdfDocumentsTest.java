package io.jixiao.rules.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jixiao.rules.importing.DocumentReader;
import io.jixiao.rules.importing.ImportResult;
import io.jixiao.seeds.Seeds;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The tab-layout seeds printed to PDF read back as the same tables as their text: cells by their columns, blank lines
 * from the vertical gaps, labels at a line's end without their (lost) empty value cells.
 */
class PdfDocumentsTest {
    @ParameterizedTest
    @ValueSource(strings = {"001_41acb383c9bbda87.txt", "003_7e8bd65db7a2ce18.txt"})
    void aPrintedSeedReadsAsItsText(String seed) throws Exception {
        String text = Seeds.read(seed);
        ImportResult fromText = new DocumentReader(List.of()).read(text);
        ImportResult fromPdf = new DocumentReader(List.of()).read(PdfDocuments.text(PdfFiles.fromTabbedText(text)));
        assertEquals(fromText.tables(), fromPdf.tables()); // headers, texts, every indicator
        assertTrue(fromPdf.tables().size() > 0);
    }

    @Test
    void cellsKeepTheirColumnsAcrossEmptyOnes() throws Exception {
        String text = "一级指标\t二级指标\t三级指标\t指标值\n产出指标\t数量指标\t帮扶人数\t≥100人\n\t\t慰问户数\t≥ 1 万户\n";
        assertEquals(text, PdfDocuments.text(PdfFiles.fromTabbedText(text)));
    }

    @Test
    void aScanWithoutTextIsRefusedSayingSo() {
        IOException e = assertThrows(PdfDocuments.NoTextLayer.class, () -> PdfDocuments.text(PdfFiles.scan()));
        assertTrue(e.getMessage().contains("no text layer"), e.getMessage());
    }

    @Test
    void whatIsNoPdfIsRefused() {
        assertThrows(IOException.class, () -> PdfDocuments.text("not a pdf".getBytes(StandardCharsets.US_ASCII)));
    }
}
