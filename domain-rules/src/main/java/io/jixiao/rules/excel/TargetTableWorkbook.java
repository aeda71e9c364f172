package io.jixiao.rules.excel;

import io.jixiao.rules.importing.ImportResult;
import io.jixiao.rules.importing.ImportedTable;
import io.jixiao.rules.importing.ProjectFields;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A target table as an .xlsx in the official layout (项目支出绩效目标表): title, year, the header as label/value rows,
 * goals, the cost breakdown, and the indicator tree with 一级 and 二级 merged over their rows as in the printed forms;
 * A4 landscape, fit to one page wide. A hidden sheet keeps what the form does not print (period, framework), so an
 * exported table imports back as the same table.
 */
public final class TargetTableWorkbook {
    static final String META = Cells.META;
    private static final String[] INDICATOR_HEADER = {"一级指标", "二级指标", "三级指标", "指标值", "绩效标准", "当年预期实现值"};
    private static final String[] COST_HEADER = {"成本构成", "金额", "测算（公式）依据", "上年实际执行数", "本年计划数"};
    private static final int COLUMNS = 6;

    private TargetTableWorkbook() {}

    public static byte[] write(ImportedTable t) {
        try (XSSFWorkbook wb = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Styles st = new Styles(wb);
            Sheet s = wb.createSheet("绩效目标表");
            Cells.widths(s, 14, 16, 34, 22, 22, 22);
            int r = 0;
            Cells.merged(s, r++, 0, COLUMNS - 1, t.title(), st.title).setHeightInPoints(28);
            Row sub = s.createRow(r++);
            Cells.text(sub, 0, period(t), null);
            Cells.text(sub, 4, "金额单位：" + t.amountUnit(), null);
            for (Map.Entry<String, String> e : t.header().entrySet()) {
                r = pair(s, r, e.getKey(), e.getValue(), st);
            }
            r = pair(s, r, "总体目标", t.overallGoal(), st);
            r = pair(s, r, "年度绩效目标", t.annualGoal(), st);
            if (!t.costItems().isEmpty()) {
                Cells.row(s, r++, COST_HEADER, st.label);
                for (ImportedTable.CostLine c : t.costItems()) {
                    Cells.row(
                            s,
                            r++,
                            new String[] {c.item(), c.amount(), c.basis(), c.lastYearActual(), c.thisYearPlan()},
                            st.cell);
                }
            }
            Cells.row(s, r++, INDICATOR_HEADER, st.label);
            indicators(s, r, t.indicators(), st);
            Cells.print(s, COLUMNS);
            Map<String, String> meta = new LinkedHashMap<>();
            meta.put("format", "jixiao-target-table-v1");
            meta.put("year", str(t.year()));
            meta.put("period", t.period());
            meta.put("periodStartYear", str(t.periodStartYear()));
            meta.put("periodEndYear", str(t.periodEndYear()));
            meta.put("framework", t.framework());
            meta.put("amountUnit", t.amountUnit());
            Cells.meta(wb, meta);
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException("could not write the workbook", e);
        }
    }

    /** Reads a workbook written in this layout; a sheet it does not recognise gives no table and a warning. */
    public static ImportResult read(InputStream in) throws IOException {
        List<String> warnings = new ArrayList<>();
        try (Workbook wb = SafeWorkbooks.open(in)) {
            Sheet s = wb.getSheetAt(0);
            Map<String, String> meta = Cells.meta(wb);
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
                String a = Cells.get(row, 0);
                if ("成本构成".equals(a)) {
                    mode = "costs";
                } else if ("一级指标".equals(a)) {
                    mode = "indicators";
                } else if (mode.equals("header") && a != null) {
                    String v = Cells.get(row, 1);
                    switch (a) {
                        case "总体目标" -> overall = v;
                        case "年度绩效目标" -> annual = v;
                        default -> header.put(a, v == null ? "" : v);
                    }
                } else if (mode.equals("costs") && a != null) {
                    costs.add(new ImportedTable.CostLine(
                            a, Cells.get(row, 1), Cells.get(row, 2), Cells.get(row, 3), Cells.get(row, 4)));
                } else if (mode.equals("indicators") && row != null) {
                    level1 = a != null ? a : level1;
                    String b = Cells.get(row, 1);
                    level2 = b != null ? b : level2;
                    indicators.add(new ImportedTable.Indicator(
                            level1,
                            level2,
                            Cells.get(row, 2),
                            Cells.get(row, 3),
                            Cells.get(row, 4),
                            Cells.get(row, 5)));
                }
            }
            if (!"indicators".equals(mode)) {
                warnings.add(
                        "no 一级指标 heading in the first sheet: not a target table in the layout this service exports");
                return new ImportResult(List.of(), warnings);
            }
            // a workbook we wrote says it in its hidden sheet; a form a unit filled in says it in its first lines
            String unit = meta.getOrDefault("amountUnit", heading(s, UNIT, "元"));
            Integer year = integer(meta.getOrDefault("year", heading(s, YEAR, null)));
            String name = header.getOrDefault("项目名称", "");
            Map<String, Object> project = ProjectFields.of(header, year, unit, name, warnings);
            ProjectFields.sumCostsIfNoAmount(project, costs, unit, name, warnings);
            String title = Cells.get(s.getRow(0), 0);
            return new ImportResult(
                    List.of(new ImportedTable(
                            title,
                            year,
                            meta.getOrDefault("period", "ANNUAL"),
                            integer(meta.get("periodStartYear")),
                            integer(meta.get("periodEndYear")),
                            meta.get("framework"),
                            unit,
                            header,
                            project,
                            overall,
                            annual,
                            costs,
                            indicators)),
                    warnings);
        }
    }

    private static final java.util.regex.Pattern YEAR = java.util.regex.Pattern.compile("((?:19|20)\\d{2})\\s*年");
    private static final java.util.regex.Pattern UNIT = java.util.regex.Pattern.compile("金额单位[：:]\\s*(万元|元)");

    /** The first match of {@code p} in the title and the line under it, as printed on the forms: (2021年), 金额单位：万元. */
    private static String heading(Sheet s, java.util.regex.Pattern p, String otherwise) {
        for (int r = 0; r <= 1; r++) {
            Row row = s.getRow(r);
            for (int c = 0; row != null && c < row.getLastCellNum(); c++) {
                String text = Cells.get(row, c);
                java.util.regex.Matcher m = text == null ? null : p.matcher(text);
                if (m != null && m.find()) {
                    return m.group(1);
                }
            }
        }
        return otherwise;
    }

    private static void indicators(Sheet s, int first, List<ImportedTable.Indicator> rows, Styles st) {
        for (int i = 0; i < rows.size(); i++) {
            ImportedTable.Indicator x = rows.get(i);
            Cells.row(
                    s,
                    first + i,
                    new String[] {x.level1(), x.level2(), x.name(), x.target(), x.standard(), x.expected()},
                    st.cell);
        }
        Cells.mergeRuns(s, first, rows, x -> String.valueOf(x.level1()), 0);
        Cells.mergeRuns(s, first, rows, x -> x.level1() + "/" + x.level2(), 1);
    }

    private static int pair(Sheet s, int r, String label, String value, Styles st) {
        Row row = s.createRow(r);
        Cells.text(row, 0, label, st.label);
        Cells.text(row, 1, value, st.cell);
        for (int c = 2; c < COLUMNS; c++) {
            Cells.text(row, c, null, st.cell);
        }
        s.addMergedRegion(new CellRangeAddress(r, r, 1, COLUMNS - 1));
        if (value != null && value.length() > 60) {
            row.setHeightInPoints(Math.min(400, 15f * (1 + value.length() / 60)));
        }
        return r + 1;
    }

    private static String period(ImportedTable t) {
        if ("MID_TERM".equals(t.period())) {
            return "（中期 " + t.periodStartYear() + " 年—" + t.periodEndYear() + " 年）";
        }
        return t.year() == null ? "" : "（" + t.year() + " 年度）";
    }

    private static String str(Integer i) {
        return i == null ? null : i.toString();
    }

    private static Integer integer(String s) {
        return s == null || s.isBlank() ? null : Integer.valueOf(s.strip());
    }
}
