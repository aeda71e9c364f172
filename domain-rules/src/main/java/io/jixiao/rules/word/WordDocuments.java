package io.jixiao.rules.word;

import io.jixiao.rules.excel.SafeWorkbooks;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

/**
 * A Word document (.docx) as units have it, turned into the text the document readers already know: its paragraphs as
 * lines, its tables one cell per line (a tab opens each cell, a blank line ends each row), the layout of a table copied
 * out of Word (seed 002). A cell that continues a vertical merge is written empty, as a printed form leaves it; a cell
 * spanning columns is written once. The file is opened with the limits of {@link SafeWorkbooks} (zip bombs). Plain Java.
 */
public final class WordDocuments {
    private WordDocuments() {}

    /** @throws IOException with a message a person can act on, for a file that is no .docx or is built to explode */
    public static String text(InputStream raw) throws IOException {
        SafeWorkbooks.limits();
        InputStream in = FileMagic.prepareToCheckMagic(raw);
        FileMagic magic = FileMagic.valueOf(in);
        if (magic != FileMagic.OOXML) {
            throw new SafeWorkbooks.Refused(
                    magic == FileMagic.OLE2
                            ? "this is a legacy .doc file: save it as .docx and send that"
                            : "the file is not a .docx document",
                    null);
        }
        try (XWPFDocument document = new XWPFDocument(in)) {
            StringBuilder text = new StringBuilder();
            for (IBodyElement element : document.getBodyElements()) {
                if (element instanceof XWPFParagraph paragraph) {
                    text.append(paragraph.getText().strip()).append('\n');
                } else if (element instanceof XWPFTable table) {
                    table(table, text);
                }
            }
            return text.toString();
        } catch (IOException | RuntimeException e) {
            throw SafeWorkbooks.refusal(e, "document", ".docx");
        }
    }

    private static void table(XWPFTable table, StringBuilder text) {
        text.append('\n');
        for (XWPFTableRow row : table.getRows()) {
            for (XWPFTableCell cell : row.getTableCells()) {
                text.append('\t');
                if (!continuesMerge(cell)) {
                    // a cell of several paragraphs: the lines after the first continue the cell (no tab)
                    List<String> lines = cell.getParagraphs().stream()
                            .map(p -> p.getText().strip())
                            .filter(l -> !l.isEmpty())
                            .toList();
                    text.append(String.join("\n", lines));
                }
                text.append('\n');
            }
            text.append('\n');
        }
    }

    private static boolean continuesMerge(XWPFTableCell cell) {
        CTTcPr properties = cell.getCTTc().getTcPr();
        return properties != null
                && properties.isSetVMerge()
                && (properties.getVMerge().getVal() == null
                        || properties.getVMerge().getVal() == STMerge.CONTINUE);
    }
}
