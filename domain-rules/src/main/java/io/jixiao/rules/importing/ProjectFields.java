package io.jixiao.rules.importing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.Normalizer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Turns a header printed with the document's labels into the project register's fields: 项目名称 → name, 实施单位 →
 * unitName, amounts in 万元 → 元, dates as ISO text. Labels differ between layouts (项目属性 / 项目性质, 项目本年度金额 /
 * 年度资金总额), so several labels lead to one field. What cannot be read is left out and said in a warning.
 */
public final class ProjectFields {
    private static final Map<String, String> TEXT = new LinkedHashMap<>();
    private static final Map<String, String> AMOUNTS = new LinkedHashMap<>();
    private static final List<String> DATES = List.of("开始时间", "结束时间");
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");
    private static final int LONGEST_AMOUNT = 24;

    static {
        TEXT.put("项目名称", "name");
        TEXT.put("单位编码", "unitCode");
        TEXT.put("实施单位", "unitName");
        TEXT.put("申报单位", "unitName");
        TEXT.put("主管部门", "departmentName");
        TEXT.put("资金用途", "fundUse");
        TEXT.put("项目类别", "category");
        TEXT.put("项目属性", "attribute");
        TEXT.put("项目性质", "attribute");
        TEXT.put("项目负责人", "leader");
        TEXT.put("联系人", "contact");
        TEXT.put("联系电话", "phone");
        TEXT.put("项目概况", "overview");
        TEXT.put("立项依据", "basis");
        TEXT.put("项目设立的必要性", "necessity");
        TEXT.put("项目配套制度措施", "supportingMeasures");
        TEXT.put("项目实施计划", "implementationPlan");
        TEXT.put("保障绩效目标实现措施", "safeguards");
        TEXT.put("备注", "remarks");
        AMOUNTS.put("项目总金额", "totalAmount");
        AMOUNTS.put("项目本年度金额", "yearAmount");
        AMOUNTS.put("年度资金总额", "yearAmount");
        AMOUNTS.put("上年度项目总金额", "prevTotalAmount");
        AMOUNTS.put("项目上年度金额", "prevYearAmount");
        AMOUNTS.put("财政拨款", "fiscalFunds");
        AMOUNTS.put("其他资金", "otherFunds");
        AMOUNTS.put("中期资金总额", "midTermTotal");
        AMOUNTS.put("中期财政拨款", "midTermFiscalFunds");
        AMOUNTS.put("中期其他资金", "midTermOtherFunds");
    }

    /** The project register's code for amounts kept in 万元 (AmountUnit.WAN_YUAN in project-service). */
    public static final String WAN_YUAN = "WAN_YUAN";

    private ProjectFields() {}

    /** The printed unit (万元 or 元) of the register's amount unit code. */
    public static String unitLabel(String amountUnit) {
        return WAN_YUAN.equals(amountUnit) ? "万元" : "元";
    }

    /** An amount in 元 as a form prints it in {@code unit} ("83" for 830000.00 元 in 万元); the inverse of yuan(). */
    public static String printed(BigDecimal yuan, String unit) {
        return yuan == null
                ? null
                : ("万元".equals(unit) ? yuan.movePointLeft(4) : yuan)
                        .stripTrailingZeros()
                        .toPlainString();
    }

    /**
     * @param unit 元 or 万元, the unit the document's amounts are written in
     * @param where how the warnings name the table
     */
    public static Map<String, Object> of(
            Map<String, String> header, Integer year, String unit, String where, List<String> warnings) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("fiscalYear", year);
        p.put("amountUnit", "万元".equals(unit) ? WAN_YUAN : "YUAN");
        header.forEach((label, value) -> {
            if (value == null || value.isBlank()) {
                return;
            }
            if (TEXT.containsKey(label)) {
                p.putIfAbsent(TEXT.get(label), value.strip());
            } else if (AMOUNTS.containsKey(label)) {
                BigDecimal yuan = yuan(value, unit);
                if (yuan == null) {
                    warnings.add(where + ": " + label + " \"" + value + "\" is not an amount; left out");
                } else {
                    if (value.strip().matches(".*\\d\\s+[\\d.].*|.*\\.\\s+\\d.*")) {
                        warnings.add(where + ": " + label + " \"" + value.strip()
                                + "\" has a space inside the number; read as "
                                + yuan.movePointLeft("万元".equals(unit) ? 4 : 0).toPlainString() + " " + unit);
                    }
                    p.putIfAbsent(AMOUNTS.get(label), yuan);
                }
            } else if (DATES.contains(label)) {
                String d = value.strip();
                if (DATE.matcher(d).matches()) {
                    p.put(label.equals("开始时间") ? "startDate" : "endDate", d);
                } else {
                    warnings.add(where + ": " + label + " \"" + value + "\" is not a date (yyyy-mm-dd); left out");
                }
            }
        });
        return p;
    }

    /**
     * An amount as printed ("1000000. 00", "75.00", "１００", "1,000") in 元, exact; null when it is not a number.
     * OCR puts spaces inside numbers, Word full-width digits; neither changes the value.
     */
    public static BigDecimal yuan(String text, String unit) {
        if (text == null) {
            return null;
        }
        String t = Normalizer.normalize(text, Normalizer.Form.NFKC).replaceAll("[\\s,，]", "");
        t = t.replaceAll("(万元|元)$", "");
        if (t.length() > LONGEST_AMOUNT || !NUMBER.matcher(t).matches()) {
            return null; // no amount has 25 digits; parsing and scaling a huge one costs quadratic time
        }
        BigDecimal v = new BigDecimal(t);
        if ("万元".equals(unit)) {
            v = v.multiply(BigDecimal.valueOf(10000));
        }
        return v.setScale(Math.max(2, v.stripTrailingZeros().scale()), RoundingMode.UNNECESSARY);
    }

    /** Where a form prints no 合计 and no year amount, the year's amount is the sum of its cost lines, and that is said. */
    public static void sumCostsIfNoAmount(
            Map<String, Object> project,
            List<ImportedTable.CostLine> costs,
            String unit,
            String where,
            List<String> warnings) {
        if (project.containsKey("yearAmount") || costs.isEmpty()) {
            return;
        }
        BigDecimal sum = BigDecimal.ZERO;
        for (ImportedTable.CostLine c : costs) {
            BigDecimal v = yuan(c.amount(), unit);
            sum = v == null ? sum : sum.add(v);
        }
        project.put("yearAmount", sum);
        warnings.add(where + ": 合计 is empty; the year's amount is the sum of the cost lines, " + printed(sum, unit)
                + " " + unit);
    }
}
