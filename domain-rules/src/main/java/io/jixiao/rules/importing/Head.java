package io.jixiao.rules.importing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * What comes before a form's indicator block, read from its cells: the title and year, the header fields by their
 * labels (in the importer's canonical label: 项目支出名称 is 项目名称), the unit amounts are printed in, a 自评表's budget
 * lines and its 预期目标 / 实际完成情况, and how many cells of page text came before the title. Plain Java.
 */
record Head(
        String title,
        Integer year,
        String unit,
        Map<String, String> fields,
        List<ImportedEvaluation.BudgetLine> budget,
        String expected,
        String outcome,
        int skipped,
        String sample) {

    private static final Pattern TITLE = Pattern.compile(".*(绩效目标|自评|绩效评价).*表.*");
    private static final int TITLE_LENGTH = 80;
    private static final Pattern BLOCK_POINTS = Pattern.compile("\\((\\d+)分\\)");
    private static final Pattern FIGURE = Pattern.compile("^(-?\\d+(\\.\\d+)?(%|万元|万|元)?|—+|-)$");
    /** The budget block's column labels and the figure each stands for. */
    private static final java.util.Map<String, String> BUDGET_COLUMNS = new java.util.LinkedHashMap<>();

    static {
        for (String l : List.of("年初预算数", "年初预算数(A)")) {
            BUDGET_COLUMNS.put(l, "initial");
        }
        for (String l : List.of("全年预算数", "全年预算数(A)", "预算数", "预算数(A)", "调整后预算数")) {
            BUDGET_COLUMNS.put(l, "adjusted");
        }
        for (String l : List.of("全年执行数", "全年执行数(B)", "执行数", "执行数(B)")) {
            BUDGET_COLUMNS.put(l, "executed");
        }
        BUDGET_COLUMNS.put("分值", "weight");
        for (String l : List.of("执行率", "执行率(B/A)", "预算执行率", "预算执行率(B/A)", "预算执行率(B/A×100%)")) {
            BUDGET_COLUMNS.put(l, "rate");
        }
        BUDGET_COLUMNS.put("得分", "score");
    }

    /** A form's title: 项目支出绩效目标表, 绩效目标自评表, 项目绩效目标批复表 … */
    static boolean isTitle(String cell) {
        String k = FormWords.key(cell);
        return k.length() <= TITLE_LENGTH && TITLE.matcher(k).matches() && !FormWords.isColumnWord(k);
    }

    String name() {
        return fields.get("项目名称");
    }

    static Head read(List<String> cells, List<String> warnings) {
        int t = 0;
        while (t < cells.size() && !isTitle(cells.get(t))) {
            t++;
        }
        String title = t < cells.size() ? cells.get(t).strip() : null;
        int skipped = t < cells.size() ? t : 0;
        Integer year = title == null ? null : ContentReader.year(title);
        if (year == null) {
            year = ContentReader.year(String.join(" ", cells));
        }
        String unit = unit(cells);
        Map<String, String> fields = new LinkedHashMap<>();
        for (int i = 0; i + 1 < cells.size(); i++) {
            String label = FormWords.LABELS.get(label(cells.get(i)));
            String value = cells.get(i + 1).strip();
            if (label != null && !isWord(value)) {
                if (label.equals("年度资金总额") && value.matches("[\\d.]+万")) {
                    value = value.substring(0, value.length() - 1);
                }
                fields.putIfAbsent(label, value);
            }
        }
        String where = fields.getOrDefault("项目名称", title);
        List<ImportedEvaluation.BudgetLine> budget = new ArrayList<>();
        List<String> printed = budgetColumns(cells);
        line(cells, List.of("年度资金总额", "年度财政资金总额"), printed, where, warnings).ifPresent(budget::add);
        line(cells, List.of("财政拨款"), printed, where, warnings).ifPresent(budget::add);
        int goals = indexOf(cells, "实际完成情况");
        String expected = goals >= 0 ? after(cells, goals, 1) : null;
        String outcome = goals >= 0 ? after(cells, goals, 2) : null;
        return new Head(
                title,
                year,
                unit,
                fields,
                budget,
                expected,
                outcome,
                skipped,
                skipped > 0 ? cells.get(0).strip() : null);
    }

    private static String label(String cell) {
        String k = FormWords.key(cell).replace("*", "");
        return FormWords.LABELS.containsKey(k) ? k : k.replaceAll(":$", "");
    }

    private static boolean isWord(String cell) {
        String k = FormWords.key(cell).replace("*", "");
        return FormWords.LABELS.containsKey(k.replaceAll(":$", "")) || FormWords.isColumnWord(k);
    }

    /** 万元 where the form says so (单位:万元, 项目资金(万元)) or prints its amounts with 万; else 元. */
    private static String unit(List<String> cells) {
        for (String c : cells) {
            String k = FormWords.key(c);
            if (k.contains("单位:万元") || k.contains("(万元)") || k.matches("[\\d.]+万元?")) {
                return "万元";
            }
        }
        return "元";
    }

    /**
     * A budget line: the figures after its label (年初预算数, 全年预算数, 全年执行数, 分值, 执行率, 得分). A cell left empty is
     * lost with the layout, so the figures are placed by the 执行率, the one with a % sign: the weight just before it.
     */
    private static java.util.Optional<ImportedEvaluation.BudgetLine> line(
            List<String> cells, List<String> labels, List<String> printed, String where, List<String> warnings) {
        int at = -1;
        for (int i = 0; i < cells.size() && at < 0; i++) {
            String k = FormWords.key(cells.get(i));
            if (labels.stream().anyMatch(k::contains)) {
                at = i;
            }
        }
        if (at < 0) {
            return java.util.Optional.empty();
        }
        List<String> v = new ArrayList<>();
        for (int i = at + 1;
                i < cells.size() && FIGURE.matcher(cells.get(i).strip()).matches();
                i++) {
            v.add(cells.get(i).strip());
        }
        if (v.isEmpty()) {
            return java.util.Optional.empty();
        }
        String source = cells.get(at).strip();
        if (printed.size() == v.size()) {
            return java.util.Optional.of(byColumns(source, printed, v, budgetPoints(cells)));
        }
        int rate = -1;
        for (int i = 0; i < v.size(); i++) {
            if (v.get(i).endsWith("%")) {
                rate = i;
            }
        }
        if (rate < 0) {
            return java.util.Optional.of(new ImportedEvaluation.BudgetLine(
                    source, get(v, 0), get(v, 1), get(v, 2), get(v, 3), get(v, 4), get(v, 5)));
        }
        List<String> amounts = v.subList(0, Math.max(0, rate - 1));
        String weight = rate > 0 ? v.get(rate - 1) : null;
        String score = rate + 1 < v.size() ? v.get(rate + 1) : null;
        if (amounts.size() < 3) {
            warnings.add(where + ": " + source + " prints " + amounts.size() + " of its three amounts; read them as "
                    + (amounts.size() == 2 ? "全年预算数 and 全年执行数 (年初预算数 left empty)" : "全年执行数"));
        }
        String initial = amounts.size() >= 3 ? amounts.get(0) : null;
        String adjusted = amounts.size() >= 2 ? amounts.get(amounts.size() - 2) : null;
        String executed = amounts.isEmpty() ? null : amounts.get(amounts.size() - 1);
        return java.util.Optional.of(
                new ImportedEvaluation.BudgetLine(source, initial, adjusted, executed, weight, v.get(rate), score));
    }

    /** The budget block's column labels in print order (the first run of them before the budget lines). */
    private static List<String> budgetColumns(List<String> cells) {
        List<String> out = new ArrayList<>();
        for (String c : cells) {
            String k = FormWords.key(c);
            String field = BUDGET_COLUMNS.get(k);
            if (field == null && k.startsWith("得分")) {
                field = "score"; // 得分(20分*执行率)
            }
            if (field != null) {
                out.add(field);
            } else if (!out.isEmpty()) {
                break;
            }
        }
        return out;
    }

    /** The figures placed by the printed column labels; the weight, where no column prints it, from "(20分)". */
    private static ImportedEvaluation.BudgetLine byColumns(
            String source, List<String> printed, List<String> v, String points) {
        java.util.Map<String, String> f = new java.util.HashMap<>();
        for (int i = 0; i < printed.size(); i++) {
            f.put(printed.get(i), v.get(i));
        }
        return new ImportedEvaluation.BudgetLine(
                source,
                f.get("initial"),
                f.get("adjusted"),
                f.get("executed"),
                f.getOrDefault("weight", points),
                f.get("rate"),
                f.get("score"));
    }

    /** The budget block's points where no column prints them: "预算执行情况(万元)(20分)" → 20. */
    private static String budgetPoints(List<String> cells) {
        for (String c : cells) {
            String k = FormWords.key(c);
            java.util.regex.Matcher m = BLOCK_POINTS.matcher(k);
            if (k.startsWith("预算执行") && m.find()) {
                return m.group(1);
            }
        }
        return null;
    }

    private static String get(List<String> v, int i) {
        return i < v.size() ? v.get(i) : null;
    }

    private static int indexOf(List<String> cells, String key) {
        for (int i = 0; i < cells.size(); i++) {
            if (FormWords.key(cells.get(i)).equals(key)) {
                return i;
            }
        }
        return -1;
    }

    private static String after(List<String> cells, int at, int n) {
        int i = at + n;
        if (i >= cells.size()
                || isWord(cells.get(i))
                || FormWords.key(cells.get(i)).equals("绩效指标")) {
            return null;
        }
        return cells.get(i).strip();
    }
}
