package io.jixiao.rules.importing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads target tables printed as tab-separated rows (seed 001, 郑州市支出项目绩效目标表): label/value pairs for the
 * header, then the indicator tree in four columns where a blank cell means "same as above". Rows the layout broke
 * (a merged 一级 cell printed in the middle of its block, a name shifted into the first column) are put back with the
 * help of the framework's 一级 → 二级 names, and each repair is reported as a warning. Plain Java.
 */
public final class TabLayoutReader {
    private static final Pattern YEAR = Pattern.compile("[(（]\\s*(\\d{4})\\s*年\\s*[)）]");
    private static final Set<String> LABELS = Set.of(
            "项目名称",
            "单位编码",
            "资金用途",
            "项目负责人",
            "联系人",
            "联系电话",
            "开始时间",
            "结束时间",
            "项目总金额",
            "项目本年度金额",
            "上年度项目总金额",
            "项目上年度金额",
            "项目概况",
            "立项依据",
            "项目设立的必要性",
            "项目配套制度措施",
            "项目实施计划",
            "备注",
            "项目总目标",
            "年度绩效目标");

    private final Levels levels;

    /** @param levels the 一级 → 二级 names of the framework the document is written in */
    public TabLayoutReader(Levels levels) {
        this.levels = levels;
    }

    public ImportResult read(String text) {
        List<String> warnings = new ArrayList<>();
        List<ImportedTable> tables = new ArrayList<>();
        List<String> lines = text.lines().toList();
        int start = -1;
        for (int i = 0; i <= lines.size(); i++) {
            boolean title = i < lines.size() && lines.get(i).contains("绩效目标表");
            if ((title || i == lines.size()) && start >= 0) {
                tables.add(table(lines.subList(start, i), warnings));
            }
            if (title) {
                start = i;
            }
        }
        if (tables.isEmpty()) {
            warnings.add("no line names a 绩效目标表: this is not a target table in the tab-separated layout");
        }
        return new ImportResult(tables, warnings);
    }

    private ImportedTable table(List<String> lines, List<String> warnings) {
        String title = lines.get(0).strip();
        Integer year = null;
        Map<String, String> header = new LinkedHashMap<>();
        String orphan = null;
        int i = 1;
        for (; i < lines.size() && !lines.get(i).startsWith("一级指标"); i++) {
            String[] cells = lines.get(i).split("\t", -1);
            Matcher y = YEAR.matcher(lines.get(i));
            if (year == null && y.find()) {
                year = Integer.valueOf(y.group(1));
                continue;
            }
            boolean pairs = false;
            for (int c = 0; c < cells.length; c += 2) {
                String label = cells[c].strip();
                if (LABELS.contains(label)) {
                    // a label at the end of its line has no value cell when the trailing empty cells were lost
                    // (a PDF's text layer, a copy that trims lines): it is read as empty, as with the cells
                    header.put(label, c + 1 < cells.length ? cells[c + 1].strip() : "");
                    pairs = true;
                }
            }
            String first = cells[0].strip();
            if (!pairs && !first.isEmpty() && !LABELS.contains(first) && !first.startsWith("项目")) {
                orphan = first; // a value printed on the line above its label (seed 001's first 项目名称)
            }
        }
        if (header.getOrDefault("项目名称", "").isEmpty() && orphan != null) {
            header.put("项目名称", orphan);
            warnings.add(title + ": 项目名称 was printed above its label; read it as " + orphan);
        }
        String projectName = header.getOrDefault("项目名称", title);
        List<ImportedTable.Indicator> indicators =
                indicators(lines.subList(Math.min(i + 1, lines.size()), lines.size()), projectName, warnings);
        String overall = header.remove("项目总目标");
        String annual = header.remove("年度绩效目标");
        return new ImportedTable(
                title,
                year,
                "ANNUAL",
                year,
                year,
                levels.code(),
                "元",
                header,
                ProjectFields.of(header, year, "元", projectName, warnings),
                overall,
                annual,
                List.of(),
                indicators);
    }

    /** The indicator rows: carry 一级 and 二级 down, and repair what the page layout displaced. */
    private List<ImportedTable.Indicator> indicators(List<String> rows, String table, List<String> warnings) {
        List<ImportedTable.Indicator> out = new ArrayList<>();
        String level1 = null;
        String level2 = null;
        for (String row : rows) {
            if (row.isBlank()) {
                continue;
            }
            List<String> cells = new ArrayList<>();
            for (String c : row.split("\t", -1)) {
                cells.add(c.strip());
            }
            while (cells.size() < 4) {
                cells.add("");
            }
            String c0 = cells.get(0);
            String c1 = cells.get(1);
            String c2 = cells.get(2);
            String c3 = cells.get(3);
            if (!c0.isEmpty() && levels.isLevel1(c0)) {
                level1 = c0;
            } else if (!c0.isEmpty() && level1 != null && levels.isLevel2(c0) && c1.isEmpty()) {
                // a 二级 name shifted into the first column
                String owner = levels.ownerOf(c0);
                level1 = owner;
                c1 = c0;
                c0 = "";
            } else if (!c0.isEmpty() && c1.isEmpty()) {
                // a 三级 name shifted into the first column, its target in the third
                warnings.add(table + ": row \"" + row.strip().replace('\t', ' ') + "\" was shifted left; read " + c0
                        + " as a 三级指标 under " + level1 + " / " + level2);
                c3 = !c2.isEmpty() ? c2 : c3;
                c2 = c0;
                c0 = "";
            }
            if (!c1.isEmpty()) {
                String owner = levels.ownerOf(c1);
                if (owner != null && !owner.equals(level1)) {
                    warnings.add(table + ": 二级指标 " + c1 + " belongs to " + owner + ", not to " + level1
                            + " (a merged cell printed out of place); read it under " + owner);
                    level1 = owner;
                }
                level2 = c1;
            }
            if (level1 == null) {
                warnings.add(table + ": row \"" + row.strip() + "\" comes before any 一级指标 and was left out");
                continue;
            }
            out.add(new ImportedTable.Indicator(level1, level2, c2.isEmpty() ? null : c2, c2.isEmpty() ? null : c3));
        }
        return out;
    }
}
