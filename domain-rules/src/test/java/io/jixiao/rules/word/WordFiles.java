package io.jixiao.rules.word;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/**
 * Word files for tests, made from text in the one-cell-per-line layout (seed 002): the .docx a unit would have
 * (shared with the services' tests through domain-rules' test jar).
 */
public final class WordFiles {
    private WordFiles() {}

    /** A Word file laid out as the flattened text says: lines without a tab are paragraphs, tab lines cells. */
    public static byte[] fromFlattenedText(String flattened) throws IOException {
        try (XWPFDocument document = new XWPFDocument()) {
            List<List<String>> rows = new ArrayList<>();
            List<String> row = new ArrayList<>();
            for (String line : flattened.split("\r?\n", -1)) {
                if (line.startsWith("\t")) {
                    row.add(line.substring(1).strip());
                } else if (line.isBlank()) {
                    if (!row.isEmpty()) {
                        rows.add(row);
                        row = new ArrayList<>();
                    }
                } else if (!row.isEmpty()) {
                    row.set(row.size() - 1, row.get(row.size() - 1) + "\n" + line.strip());
                } else {
                    table(document, rows);
                    rows = new ArrayList<>();
                    document.createParagraph().createRun().setText(line.strip());
                }
            }
            if (!row.isEmpty()) {
                rows.add(row);
            }
            table(document, rows);
            return bytes(document);
        }
    }

    private static void table(XWPFDocument document, List<List<String>> rows) {
        if (rows.isEmpty()) {
            return;
        }
        XWPFTable table = document.createTable();
        table.removeRow(0);
        for (List<String> cells : rows) {
            XWPFTableRow row = table.createRow();
            while (row.getTableCells().size() > 0) {
                row.removeCell(0);
            }
            for (String cell : cells) {
                XWPFTableCell c = row.addNewTableCell();
                String[] lines = cell.split("\n");
                c.getParagraphs().get(0).createRun().setText(lines[0]);
                for (int i = 1; i < lines.length; i++) {
                    c.addParagraph().createRun().setText(lines[i]);
                }
            }
        }
    }

    private static byte[] bytes(XWPFDocument document) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        document.write(out);
        return out.toByteArray();
    }
}
