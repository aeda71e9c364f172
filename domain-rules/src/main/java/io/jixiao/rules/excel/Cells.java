package io.jixiao.rules.excel;

import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;

/** Writing and reading cells the way the official forms use them; shared by the workbooks. */
final class Cells {
    static final String META = "jixiao";
    private static final DataFormatter FORMAT = new DataFormatter();

    private Cells() {}

    static Row row(Sheet s, int r, String[] values, CellStyle style) {
        Row row = s.createRow(r);
        for (int c = 0; c < values.length; c++) {
            text(row, c, values[c], style);
        }
        return row;
    }

    static void text(Row row, int c, String value, CellStyle style) {
        Cell cell = row.createCell(c);
        if (value != null) {
            cell.setCellValue(value);
        }
        if (style != null) {
            cell.setCellStyle(style);
        }
    }

    /** A value merged over columns {@code from..to} of a new row, every cell of the range styled so borders print. */
    static Row merged(Sheet s, int r, int from, int to, String value, CellStyle style) {
        Row row = s.getRow(r) == null ? s.createRow(r) : s.getRow(r);
        for (int c = from; c <= to; c++) {
            text(row, c, c == from ? value : null, style);
        }
        if (to > from) {
            s.addMergedRegion(new CellRangeAddress(r, r, from, to));
        }
        return row;
    }

    static String get(Row row, int c) {
        if (row == null || row.getCell(c) == null) {
            return null;
        }
        String v = FORMAT.formatCellValue(row.getCell(c));
        return v.isEmpty() ? null : v;
    }

    static void widths(Sheet s, int... chars) {
        for (int c = 0; c < chars.length; c++) {
            s.setColumnWidth(c, chars[c] * 256);
        }
    }

    /** A4 landscape, one page wide, the title row repeated on every page. */
    static void print(Sheet s, int columns) {
        s.getPrintSetup().setLandscape(true);
        s.getPrintSetup().setPaperSize(PrintSetup.A4_PAPERSIZE);
        s.setFitToPage(true);
        s.getPrintSetup().setFitWidth((short) 1);
        s.getPrintSetup().setFitHeight((short) 0);
        s.setRepeatingRows(new CellRangeAddress(0, 0, 0, columns - 1));
    }

    /** A hidden sheet of key/value pairs: what the printed form does not show but a re-import needs. */
    static void meta(Workbook wb, Map<String, String> values) {
        Sheet m = wb.createSheet(META);
        int r = 0;
        for (Map.Entry<String, String> e : values.entrySet()) {
            Row row = m.createRow(r++);
            text(row, 0, e.getKey(), null);
            text(row, 1, e.getValue(), null);
        }
        wb.setSheetHidden(wb.getSheetIndex(m), true);
    }

    static Map<String, String> meta(Workbook wb) {
        Map<String, String> out = new LinkedHashMap<>();
        Sheet m = wb.getSheet(META);
        if (m != null) {
            for (Row row : m) {
                String k = get(row, 0);
                if (k != null) {
                    out.put(k, get(row, 1));
                }
            }
        }
        return out;
    }

    /** Merges a column over each run of consecutive rows with the same key (一级, or 一级 and 二级), as the forms print them. */
    static <T> void mergeRuns(
            Sheet s, int first, java.util.List<T> rows, java.util.function.Function<T, String> key, int column) {
        int start = 0;
        for (int i = 1; i <= rows.size(); i++) {
            if (i == rows.size() || !key.apply(rows.get(i)).equals(key.apply(rows.get(start)))) {
                mergeDown(s, first + start, first + i - 1, column);
                start = i;
            }
        }
    }

    /** Merges column {@code c} over rows {@code first..last} (inclusive), blanking all but the top cell. */
    static void mergeDown(Sheet s, int first, int last, int c) {
        if (last <= first) {
            return;
        }
        for (int r = first + 1; r <= last; r++) {
            s.getRow(r).getCell(c).setBlank();
        }
        s.addMergedRegion(new CellRangeAddress(first, last, c, c));
    }
}
