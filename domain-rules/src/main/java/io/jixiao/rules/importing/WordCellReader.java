package io.jixiao.rules.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a Word document whose tables were flattened one cell per line (seed 002): it may hold a 拟公开绩效目标项目统计表,
 * self-evaluation sheets (项目支出绩效自评表) and target tables (绩效目标表), in any order. Each title starts a section that
 * runs to the next title. Plain Java.
 */
public final class WordCellReader {
    private static final Pattern UNIT = Pattern.compile("金额单位[：:]\\s*(\\S+)");
    private static final Pattern DEPARTMENT = Pattern.compile("主管部门名称[：:]\\s*(\\S+)");

    private final Levels levels;

    public WordCellReader(Levels levels) {
        this.levels = levels;
    }

    public static boolean recognises(String text) {
        return WordCells.recognises(text);
    }

    public ImportResult read(String text) {
        List<List<String>> rows = WordCells.rows(text);
        List<String> warnings = new ArrayList<>();
        List<ImportedTable> tables = new ArrayList<>();
        List<ImportedEvaluation> evaluations = new ArrayList<>();
        List<DisclosureList> disclosures = new ArrayList<>();
        List<Integer> starts = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            if (kind(rows.get(i)) != null) {
                starts.add(i);
            }
        }
        for (int s = 0; s < starts.size(); s++) {
            int from = starts.get(s);
            List<List<String>> section = rows.subList(from, s + 1 < starts.size() ? starts.get(s + 1) : rows.size());
            switch (kind(rows.get(from))) {
                case "list" -> disclosures.add(disclosure(section));
                case "evaluation" -> evaluations.add(new WordEvaluationSection(levels, section, warnings).read());
                default -> tables.add(new WordTableSection(levels, section, warnings).read());
            }
        }
        if (starts.isEmpty()) {
            warnings.add("no cell names a 绩效目标表, 绩效自评表 or 拟公开绩效目标项目统计表: nothing to import");
        }
        return new ImportResult(tables, evaluations, disclosures, warnings);
    }

    private static String kind(List<String> row) {
        for (String c : row) {
            if (c.contains("拟公开绩效目标项目统计表")) {
                return "list";
            }
            if (c.contains("绩效自评表")) {
                return "evaluation";
            }
            if (c.contains("绩效目标表") && c.length() < 60) {
                return "table";
            }
        }
        return null;
    }

    /** 拟公开绩效目标项目统计表: numbered rows of 序号, 单位名称, 项目名称, 预算金额, 负责人姓名, 联系电话. */
    private static DisclosureList disclosure(List<List<String>> section) {
        String department = null;
        String unit = null;
        List<DisclosureList.Row> out = new ArrayList<>();
        for (List<String> r : section) {
            for (String c : r) {
                Matcher d = DEPARTMENT.matcher(c);
                Matcher u = UNIT.matcher(c);
                department = department == null && d.find() ? d.group(1) : department;
                unit = unit == null && u.find() ? u.group(1) : unit;
            }
            if (r.size() >= 6 && r.get(0).matches("\\d+")) {
                out.add(new DisclosureList.Row(r.get(0), r.get(1), r.get(2), r.get(3), r.get(4), r.get(5)));
            }
        }
        return new DisclosureList(department, unit, out);
    }

    static String unit(List<List<String>> section, String fallback) {
        for (List<String> r : section) {
            for (String c : r) {
                Matcher u = UNIT.matcher(c);
                if (u.find()) {
                    return u.group(1);
                }
                if (c.contains("（万元）") || c.contains("(万元)")) {
                    return "万元";
                }
            }
        }
        return fallback;
    }
}
