package io.jixiao.rules.excel;

import static io.jixiao.rules.excel.Cells.get;

import io.jixiao.rules.importing.DisclosureList;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** 拟公开绩效目标项目统计表 as .xlsx: 主管部门名称 and 金额单位 above the numbered rows, as seed 002 prints it. */
public final class DisclosureWorkbook {
    static final String TITLE = "拟公开绩效目标项目统计表";
    private static final String[] HEADER = {"序号", "单位名称", "项目名称", "预算金额", "负责人姓名", "联系电话"};
    private static final Pattern DEPARTMENT = Pattern.compile("主管部门名称[：:]\\s*(\\S*)");
    private static final Pattern UNIT = Pattern.compile("金额单位[：:]\\s*(\\S+)");

    private DisclosureWorkbook() {}

    public static byte[] write(DisclosureList list) {
        try (XSSFWorkbook wb = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Styles st = new Styles(wb);
            Sheet s = wb.createSheet(TITLE);
            Cells.widths(s, 8, 28, 44, 14, 14, 18);
            Cells.merged(s, 0, 0, HEADER.length - 1, TITLE, st.title).setHeightInPoints(28);
            Row sub = Cells.merged(s, 1, 0, 3, "主管部门名称：" + (list.department() == null ? "" : list.department()), null);
            Cells.merged(s, 1, 4, 5, "金额单位：" + list.amountUnit(), null);
            sub.setHeightInPoints(20);
            Cells.row(s, 2, HEADER, st.label);
            int r = 3;
            for (DisclosureList.Row x : list.rows()) {
                Cells.row(
                        s,
                        r++,
                        new String[] {x.number(), x.unitName(), x.projectName(), x.amount(), x.leader(), x.phone()},
                        st.cell);
            }
            Cells.print(s, HEADER.length);
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException("could not write the workbook", e);
        }
    }

    public static DisclosureList read(InputStream in) throws IOException {
        try (Workbook wb = SafeWorkbooks.open(in)) {
            Sheet s = wb.getSheetAt(0);
            String department = null;
            String unit = null;
            List<DisclosureList.Row> rows = new ArrayList<>();
            for (Row row : s) {
                for (int c = 0; c < HEADER.length; c++) {
                    String v = get(row, c);
                    Matcher d = v == null ? null : DEPARTMENT.matcher(v);
                    Matcher u = v == null ? null : UNIT.matcher(v);
                    department = d != null && d.find() && !d.group(1).isEmpty() ? d.group(1) : department;
                    unit = u != null && u.find() ? u.group(1) : unit;
                }
                String n = get(row, 0);
                if (n != null && n.matches("\\d+")) {
                    rows.add(
                            new DisclosureList.Row(n, get(row, 1), get(row, 2), get(row, 3), get(row, 4), get(row, 5)));
                }
            }
            return new DisclosureList(department, unit, rows);
        }
    }
}
