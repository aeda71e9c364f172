package io.jixiao.rules.importing;

import static io.jixiao.rules.importing.WordCells.cell;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One 绩效目标表 of a Word-cell document (seed 002, 2021): header pairs, the cost breakdown (成本构成), the goal, and the
 * indicator rows with 绩效标准 and 当年预期实现值. The printed column headings are shifted (二级 names stand under
 * 一级指标), so columns are read by what they hold: the name left of the two values, the 二级 left of the name.
 */
final class WordTableSection {
    private static final Pattern YEAR = Pattern.compile("(\\d{4})\\s*年");
    private static final Pattern APPLICANT = Pattern.compile("申报单位[：:]\\s*(\\S*)");
    private static final List<String> LABELS = List.of("项目名称", "项目类别", "项目性质", "项目属性", "立项依据", "保障绩效目标实现措施", "备注");

    private final Levels levels;
    private final List<List<String>> rows;
    private final List<String> warnings;

    WordTableSection(Levels levels, List<List<String>> rows, List<String> warnings) {
        this.levels = levels;
        this.rows = rows;
        this.warnings = warnings;
    }

    ImportedTable read() {
        String title = rows.get(0).stream()
                .filter(c -> c.contains("绩效目标表"))
                .findFirst()
                .orElse("")
                .strip();
        Matcher y = YEAR.matcher(title);
        Integer year = y.find() ? Integer.valueOf(y.group(1)) : null;
        String unit = WordCellReader.unit(rows, "元");
        Map<String, String> header = new LinkedHashMap<>();
        for (List<String> r : rows) {
            for (String c : r) {
                Matcher a = APPLICANT.matcher(c);
                if (a.find() && !a.group(1).isEmpty()) {
                    header.put("申报单位", a.group(1));
                }
            }
        }
        for (String label : LABELS) {
            String v = WordCells.after(rows, label);
            if (v != null) {
                header.put(label, v);
            }
        }
        String name = header.getOrDefault("项目名称", title);
        List<ImportedTable.CostLine> costs = costs(name, header);
        String goal = WordCells.after(rows, "绩效目标");
        List<ImportedTable.Indicator> indicators = indicators(name);
        Map<String, Object> project = ProjectFields.of(header, year, unit, name, warnings);
        if (header.containsKey("合计")) {
            project.putIfAbsent("yearAmount", ProjectFields.yuan(header.get("合计"), unit));
        }
        ProjectFields.sumCostsIfNoAmount(project, costs, unit, name, warnings);
        return new ImportedTable(
                title, year, "ANNUAL", year, year, levels.code(), unit, header, project, goal, goal, costs, indicators);
    }

    /** 成本构成 lines between its heading and 合计; a line broken by a page is joined back to the width of the heading. */
    private List<ImportedTable.CostLine> costs(String where, Map<String, String> header) {
        List<ImportedTable.CostLine> out = new ArrayList<>();
        int width = 0;
        List<String> pending = new ArrayList<>();
        for (List<String> r : rows) {
            if (WordCells.indexOf(r, "成本构成") >= 0) {
                width = r.size();
                continue;
            }
            if (width == 0 || WordCells.allBlank(r)) {
                continue;
            }
            if (cell(r, 0).replaceAll("\\s", "").equals("绩效目标") || WordCells.indexOf(r, "绩效指标") >= 0) {
                break;
            }
            pending.addAll(r);
            if (pending.size() < width) {
                continue; // the rest of this line is on the next page
            }
            List<String> line = new ArrayList<>(pending);
            pending.clear();
            if (cell(line, 1).equals("合计")) {
                if (!cell(line, 2).isBlank()) {
                    header.put("合计", cell(line, 2));
                }
                continue;
            }
            out.add(new ImportedTable.CostLine(
                    cell(line, 1),
                    Names.blankToNull(cell(line, 2)),
                    Names.blankToNull(cell(line, 3)),
                    Names.blankToNull(cell(line, 4)),
                    Names.blankToNull(cell(line, 5))));
        }
        if (!pending.isEmpty()) {
            warnings.add(where + ": a cost line could not be completed and was left out: " + String.join(" ", pending));
        }
        return out;
    }

    private List<ImportedTable.Indicator> indicators(String where) {
        List<ImportedTable.Indicator> out = new ArrayList<>();
        int standardCol = -1;
        String level2 = null;
        boolean branchEmpty = false;
        boolean gap = false;
        for (List<String> r : rows) {
            if (standardCol < 0) {
                standardCol = WordCells.indexOf(r, "绩效标准");
                continue;
            }
            if (WordCells.indexOf(r, "保障绩效目标实现措施") >= 0 || WordCells.indexOf(r, "审核意见") >= 0) {
                break;
            }
            String l2 = Names.blankToNull(cell(r, standardCol - 2));
            String rawName = cell(r, standardCol - 1);
            String name = Names.indicatorName(rawName);
            if (l2 == null && name == null) {
                gap = true;
                continue;
            }
            if (l2 != null) {
                if (!levels.isLevel2(l2)) {
                    warnings.add(where + ": 二级指标 " + l2 + " is not in framework " + levels.code());
                }
                level2 = l2;
                branchEmpty = name == null;
            } else if (branchEmpty && gap) {
                warnings.add(where + ": 三级指标 " + name + " follows an empty " + level2
                        + " branch without a 二级 of its own; read under " + level2 + " as printed, check the document");
            }
            gap = false;
            out.add(new ImportedTable.Indicator(
                    levels.ownerOf(level2),
                    level2,
                    name,
                    name == null ? null : Names.blankToNull(cell(r, standardCol + 1)),
                    name == null ? null : Names.blankToNull(cell(r, standardCol)),
                    name == null ? null : Names.blankToNull(cell(r, standardCol + 1))));
        }
        return out;
    }
}
