package io.jixiao.rules.excel;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import io.jixiao.rules.importing.ImportResult;
import io.jixiao.rules.importing.ImportedTable;
import io.jixiao.rules.importing.ProjectFields;

/**
 * A target table as an .xlsx in the official layout (项目支出绩效目标表): title, year, the header as label/value rows,
 * goals, the cost breakdown, and the indicator tree with 一级 and 二级 merged over their rows as in the printed forms;
 * A4 landscape, fit to one page wide. A hidden sheet keeps what the form does not print (period, framework), so an
 * exported table imports back as the same table.
 */
public final class TargetTableWorkbook {
    static final String META = "jixiao";
    private static final String[] INDICATOR_HEADER = { "一级指标", "二级指标", "三级指标", "指标值", "绩效标准", "当年预期实现值" };
    private static final String[] COST_HEADER = { "成本构成", "金额", "测算（公式）依据", "上年实际执行数", "本年计划数" };
    private static final int[] WIDTHS = { 14, 16, 34, 22, 22, 22 };
    private static final int COLUMNS = 6;

    private TargetTableWorkbook() {
    }

    public static byte[] write(ImportedTable t) {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Styles st = new Styles(wb);
            Sheet s = wb.createSheet("绩效目标表");
            for (int c = 0; c < COLUMNS; c++) {
                s.setColumnWidth(c, WIDTHS[c] * 256);
            }
            int r = 0;
            merged(s, r++, 0, COLUMNS - 1, t.title(), st.title);
            Row sub = s.createRow(r++);
            text(sub, 0, period(t), null);
            text(sub, 4, "金额单位：" + t.amountUnit(), null);
            for (Map.Entry<String, String> e : t.header().entrySet()) {
                r = pair(s, r, e.getKey(), e.getValue(), st);
            }
            r = pair(s, r, "总体目标", t.overallGoal(), st);
            r = pair(s, r, "年度绩效目标", t.annualGoal(), st);
            if (!t.costItems().isEmpty()) {
                row(s, r++, COST_HEADER, st.label);
                for (ImportedTable.CostLine c : t.costItems()) {
                    row(s, r++, new String[] { c.item(), c.amount(), c.basis(), c.lastYearActual(), c.thisYearPlan() }, st.cell);
                }
            }
            row(s, r++, INDICATOR_HEADER, st.label);
            indicators(s, r, t.indicators(), st);
            print(s);
            meta(wb, t);
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException("could not write the workbook", e);
        }
    }

    /** Reads a workbook written in this layout; a sheet it does not recognise gives no table and a warning. */
    public static ImportResult read(InputStream in) throws IOException {
        List<String> warnings = new ArrayList<>();
        try (Workbook wb = WorkbookFactory.create(in)) {
            Sheet s = wb.getSheetAt(0);
            Map<String, String> meta = meta(wb.getSheet(META));
            DataFormatter f = new DataFormatter();
            Map<String, String> header = new LinkedHashMap<>();
            String overall = null;
            String annual = null;
            List<ImportedTable.CostLine> costs = new ArrayList<>();
            List<ImportedTable.Indicator> indicators = new ArrayList<>();
            String mode = "header";
            String level1 = null;
            String level2 = null;
            for (int r = 2; r <= s.getLastRowNum(); r++) {
                Row row = s.getRow(r);
                String a = cell(row, 0, f);
                if ("成本构成".equals(a)) {
                    mode = "costs";
                } else if ("一级指标".equals(a)) {
                    mode = "indicators";
                } else if (mode.equals("header") && a != null) {
                    String v = cell(row, 1, f);
                    switch (a) {
                        case "总体目标" -> overall = v;
                        case "年度绩效目标" -> annual = v;
                        default -> header.put(a, v == null ? "" : v);
                    }
                } else if (mode.equals("costs") && a != null) {
                    costs.add(new ImportedTable.CostLine(a, cell(row, 1, f), cell(row, 2, f), cell(row, 3, f), cell(row, 4, f)));
                } else if (mode.equals("indicators") && row != null) {
                    level1 = a != null ? a : level1;
                    String b = cell(row, 1, f);
                    level2 = b != null ? b : level2;
                    indicators.add(new ImportedTable.Indicator(level1, level2, cell(row, 2, f), cell(row, 3, f), cell(row, 4, f),
                            cell(row, 5, f)));
                }
            }
            if (!"indicators".equals(mode)) {
                warnings.add("no 一级指标 heading in the first sheet: not a target table in the layout this service exports");
                return new ImportResult(List.of(), warnings);
            }
            String unit = meta.getOrDefault("amountUnit", "元");
            Integer year = integer(meta.get("year"));
            String name = header.getOrDefault("项目名称", "");
            Map<String, Object> project = ProjectFields.of(header, year, unit, name, warnings);
            ProjectFields.sumCostsIfNoAmount(project, costs, unit, name, warnings);
            String title = cell(s.getRow(0), 0, f);
            return new ImportResult(List.of(new ImportedTable(title, year, meta.getOrDefault("period", "ANNUAL"),
                    integer(meta.get("periodStartYear")), integer(meta.get("periodEndYear")), meta.get("framework"), unit,
                    header, project, overall, annual, costs, indicators)), warnings);
        }
    }

    private static void indicators(Sheet s, int first, List<ImportedTable.Indicator> rows, Styles st) {
        for (int i = 0; i < rows.size(); i++) {
            ImportedTable.Indicator x = rows.get(i);
            row(s, first + i, new String[] { x.level1(), x.level2(), x.name(), x.target(), x.standard(), x.expected() }, st.cell);
        }
        mergeRuns(s, first, rows, 0);
        mergeRuns(s, first, rows, 1);
    }

    /** Merges a column over each run of rows with the same 一级 (column 0) or the same 一级 and 二级 (column 1). */
    private static void mergeRuns(Sheet s, int first, List<ImportedTable.Indicator> rows, int column) {
        int start = 0;
        for (int i = 1; i <= rows.size(); i++) {
            boolean same = i < rows.size() && key(rows.get(i), column).equals(key(rows.get(start), column));
            if (!same) {
                if (i - start > 1) {
                    for (int j = start + 1; j < i; j++) {
                        s.getRow(first + j).getCell(column).setBlank();
                    }
                    s.addMergedRegion(new CellRangeAddress(first + start, first + i - 1, column, column));
                }
                start = i;
            }
        }
    }

    private static String key(ImportedTable.Indicator x, int column) {
        return column == 0 ? String.valueOf(x.level1()) : x.level1() + "/" + x.level2();
    }

    private static int pair(Sheet s, int r, String label, String value, Styles st) {
        Row row = s.createRow(r);
        text(row, 0, label, st.label);
        text(row, 1, value, st.cell);
        for (int c = 2; c < COLUMNS; c++) {
            text(row, c, null, st.cell);
        }
        s.addMergedRegion(new CellRangeAddress(r, r, 1, COLUMNS - 1));
        if (value != null && value.length() > 60) {
            row.setHeightInPoints(Math.min(400, 15f * (1 + value.length() / 60)));
        }
        return r + 1;
    }

    private static void row(Sheet s, int r, String[] values, org.apache.poi.ss.usermodel.CellStyle style) {
        Row row = s.createRow(r);
        for (int c = 0; c < values.length; c++) {
            text(row, c, values[c], style);
        }
    }

    private static void merged(Sheet s, int r, int from, int to, String value, org.apache.poi.ss.usermodel.CellStyle style) {
        Row row = s.createRow(r);
        row.setHeightInPoints(28);
        text(row, from, value, style);
        s.addMergedRegion(new CellRangeAddress(r, r, from, to));
    }

    private static void text(Row row, int c, String value, org.apache.poi.ss.usermodel.CellStyle style) {
        Cell cell = row.createCell(c);
        if (value != null) {
            cell.setCellValue(value);
        }
        if (style != null) {
            cell.setCellStyle(style);
        }
    }

    private static void print(Sheet s) {
        s.getPrintSetup().setLandscape(true);
        s.getPrintSetup().setPaperSize(PrintSetup.A4_PAPERSIZE);
        s.setFitToPage(true);
        s.getPrintSetup().setFitWidth((short) 1);
        s.getPrintSetup().setFitHeight((short) 0);
        s.setRepeatingRows(new CellRangeAddress(0, 0, 0, COLUMNS - 1));
    }

    private static String period(ImportedTable t) {
        if ("MID_TERM".equals(t.period())) {
            return "（中期 " + t.periodStartYear() + " 年—" + t.periodEndYear() + " 年）";
        }
        return t.year() == null ? "" : "（" + t.year() + " 年度）";
    }

    private static void meta(Workbook wb, ImportedTable t) {
        Sheet m = wb.createSheet(META);
        String[][] kv = { { "format", "jixiao-target-table-v1" }, { "year", str(t.year()) }, { "period", t.period() },
                { "periodStartYear", str(t.periodStartYear()) }, { "periodEndYear", str(t.periodEndYear()) },
                { "framework", t.framework() }, { "amountUnit", t.amountUnit() } };
        for (int i = 0; i < kv.length; i++) {
            Row row = m.createRow(i);
            text(row, 0, kv[i][0], null);
            text(row, 1, kv[i][1], null);
        }
        wb.setSheetHidden(wb.getSheetIndex(m), true);
    }

    private static Map<String, String> meta(Sheet m) {
        Map<String, String> out = new LinkedHashMap<>();
        if (m != null) {
            DataFormatter f = new DataFormatter();
            for (Row row : m) {
                String k = cell(row, 0, f);
                if (k != null) {
                    out.put(k, cell(row, 1, f));
                }
            }
        }
        return out;
    }

    static String cell(Row row, int c, DataFormatter f) {
        if (row == null || row.getCell(c) == null) {
            return null;
        }
        String v = f.formatCellValue(row.getCell(c));
        return v.isEmpty() ? null : v;
    }

    private static String str(Integer i) {
        return i == null ? null : i.toString();
    }

    private static Integer integer(String s) {
        return s == null || s.isBlank() ? null : Integer.valueOf(s.strip());
    }
}
