package io.jixiao.rules.excel;

import static io.jixiao.rules.excel.Cells.get;

import io.jixiao.rules.importing.ImportResult;
import io.jixiao.rules.importing.ImportedEvaluation;
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
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A self-evaluation as the official 项目支出绩效自评表 .xlsx: header, the budget block (年初预算数 … 得分) per source, the
 * goals, the indicator rows with 一级/二级 merged as printed, 总分; and read back into the same sheet.
 */
public final class EvaluationWorkbook {
    private static final String[] BUDGET_HEADER = {"项目资金（万元）", null, "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"};
    private static final String[] INDICATOR_HEADER = {
        "绩效指标", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"
    };
    private static final int COLUMNS = 9;

    private EvaluationWorkbook() {}

    public static byte[] write(ImportedEvaluation e) {
        try (XSSFWorkbook wb = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Styles st = new Styles(wb);
            Sheet s = wb.createSheet("绩效自评表");
            Cells.widths(s, 10, 14, 18, 34, 14, 14, 8, 8, 30);
            int r = 0;
            Cells.merged(s, r++, 0, COLUMNS - 1, e.title(), st.title).setHeightInPoints(28);
            Cells.merged(s, r++, 0, COLUMNS - 1, e.year() == null ? "" : "（" + e.year() + " 年度）", null);
            Cells.text(Cells.merged(s, r, 1, COLUMNS - 1, e.projectName(), st.cell), 0, "项目名称", st.label);
            r++;
            Cells.text(Cells.merged(s, r, 1, 3, e.department(), st.cell), 0, "主管部门", st.label);
            Cells.text(Cells.merged(s, r, 5, COLUMNS - 1, e.implementer(), st.cell), 4, "实施单位", st.label);
            r++;
            String[] budgetHeader = BUDGET_HEADER.clone();
            budgetHeader[0] = "项目资金（" + e.amountUnit() + "）";
            int budgetStart = r;
            Cells.row(s, r++, budgetHeader, st.label);
            for (ImportedEvaluation.BudgetLine b : e.budget()) {
                Cells.row(
                        s,
                        r++,
                        new String[] {
                            null, b.source(), b.initial(), b.adjusted(), b.executed(), b.weight(), b.rate(), b.score()
                        },
                        st.cell);
            }
            Cells.mergeDown(s, budgetStart, r - 1, 0);
            Row goals = Cells.merged(s, r, 1, 3, "预期目标", st.label);
            Cells.text(goals, 0, "年度总体目标", st.label);
            Cells.merged(s, r++, 4, COLUMNS - 1, "实际完成情况", st.label);
            Row goalText = Cells.merged(s, r, 1, 3, e.expectedGoal(), st.cell);
            Cells.text(goalText, 0, null, st.cell);
            Cells.merged(s, r, 4, COLUMNS - 1, e.actualOutcome(), st.cell);
            goalText.setHeightInPoints(Math.min(
                    300, 15f * (1 + Math.max(len(e.expectedGoal()), len(e.actualOutcome())) / 40)));
            Cells.mergeDown(s, r - 1, r, 0);
            r++;
            int first = r;
            Cells.row(s, r++, INDICATOR_HEADER, st.label);
            List<ImportedEvaluation.Row> rows = e.indicators();
            for (ImportedEvaluation.Row x : rows) {
                Cells.row(
                        s,
                        r++,
                        new String[] {
                            null,
                            x.level1(),
                            x.level2(),
                            x.name(),
                            x.target(),
                            x.actual(),
                            x.weight(),
                            x.score(),
                            x.deviation()
                        },
                        st.cell);
            }
            Cells.mergeDown(s, first + 1, r - 1, 0);
            s.getRow(first + 1).getCell(0).setCellValue("绩效指标");
            Cells.mergeRuns(s, first + 1, rows, x -> String.valueOf(x.level1()), 1);
            Cells.mergeRuns(s, first + 1, rows, x -> x.level1() + "/" + x.level2(), 2);
            Row total = Cells.row(
                    s,
                    r,
                    new String[] {"总分", null, null, null, null, null, e.totalWeight(), e.totalScore(), null},
                    st.label);
            total.getCell(0).setCellStyle(st.label);
            Cells.print(s, COLUMNS);
            Map<String, String> meta = new LinkedHashMap<>();
            meta.put("format", "jixiao-self-evaluation-v1");
            meta.put("year", e.year() == null ? null : e.year().toString());
            meta.put("framework", e.framework());
            meta.put("amountUnit", e.amountUnit());
            Cells.meta(wb, meta);
            wb.write(out);
            return out.toByteArray();
        } catch (IOException x) {
            throw new IllegalStateException("could not write the workbook", x);
        }
    }

    public static ImportResult read(InputStream in) throws IOException {
        try (Workbook wb = SafeWorkbooks.open(in)) {
            Sheet s = wb.getSheetAt(0);
            Map<String, String> meta = Cells.meta(wb);
            String title = get(s.getRow(0), 0);
            String projectName = null;
            String department = null;
            String implementer = null;
            List<ImportedEvaluation.BudgetLine> budget = new ArrayList<>();
            String expected = null;
            String actual = null;
            List<ImportedEvaluation.Row> rows = new ArrayList<>();
            String totalWeight = null;
            String totalScore = null;
            String mode = "header";
            String level1 = null;
            String level2 = null;
            for (int r = 2; r <= s.getLastRowNum(); r++) {
                Row row = s.getRow(r);
                String a = get(row, 0);
                String b = get(row, 1);
                if ("项目名称".equals(a)) {
                    projectName = b;
                } else if ("主管部门".equals(a)) {
                    department = b;
                    implementer = get(row, 5);
                } else if (a != null && a.startsWith("项目资金")) {
                    mode = "budget";
                } else if ("年度总体目标".equals(a)) {
                    mode = "goals";
                } else if ("三级指标".equals(get(row, 3))) {
                    mode = "indicators";
                } else if ("总分".equals(a)) {
                    totalWeight = get(row, 6);
                    totalScore = get(row, 7);
                    mode = "done";
                } else if (mode.equals("budget") && b != null) {
                    budget.add(new ImportedEvaluation.BudgetLine(
                            b,
                            blank(get(row, 2)),
                            blank(get(row, 3)),
                            blank(get(row, 4)),
                            blank(get(row, 5)),
                            blank(get(row, 6)),
                            blank(get(row, 7))));
                } else if (mode.equals("goals")) {
                    expected = b;
                    actual = get(row, 4);
                } else if (mode.equals("indicators") && row != null) {
                    level1 = b != null ? b : level1;
                    level2 = get(row, 2) != null ? get(row, 2) : level2;
                    rows.add(new ImportedEvaluation.Row(
                            level1,
                            level2,
                            get(row, 3),
                            get(row, 4),
                            get(row, 5),
                            get(row, 6),
                            get(row, 7),
                            get(row, 8)));
                }
            }
            if (rows.isEmpty() || projectName == null) {
                return new ImportResult(
                        List.of(),
                        List.of(),
                        List.of(),
                        List.of(
                                "no 项目名称 or no 三级指标 rows in the first sheet: not a self-evaluation in the layout this service exports"));
            }
            String year = meta.get("year");
            return new ImportResult(
                    List.of(),
                    List.of(new ImportedEvaluation(
                            title,
                            year == null ? null : Integer.valueOf(year),
                            projectName,
                            department,
                            implementer,
                            meta.getOrDefault("amountUnit", "万元"),
                            budget,
                            expected,
                            actual,
                            rows,
                            totalWeight,
                            totalScore,
                            meta.get("framework"))),
                    List.of(),
                    List.of());
        }
    }

    /** The form prints an empty cell where a figure does not apply; the text reader keeps it as "". */
    private static String blank(String s) {
        return s == null ? "" : s;
    }

    private static int len(String s) {
        return s == null ? 0 : s.length();
    }
}
