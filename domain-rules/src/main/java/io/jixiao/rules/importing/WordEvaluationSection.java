package io.jixiao.rules.importing;

import static io.jixiao.rules.importing.WordCells.cell;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** One 项目支出绩效自评表 of a Word-cell document: header, budget block, goals, indicators, 总分. */
final class WordEvaluationSection {
    private static final Pattern YEAR = Pattern.compile("(\\d{4})\\s*年度");

    private final Levels levels;
    private final List<List<String>> rows;
    private final List<String> warnings;

    WordEvaluationSection(Levels levels, List<List<String>> rows, List<String> warnings) {
        this.levels = levels;
        this.rows = rows;
        this.warnings = warnings;
    }

    ImportedEvaluation read() {
        String title = "项目支出绩效自评表";
        Integer year = null;
        for (List<String> r : rows) {
            for (String c : r) {
                Matcher m = YEAR.matcher(c);
                if (year == null && m.find()) {
                    year = Integer.valueOf(m.group(1));
                }
            }
        }
        String project = WordCells.after(rows, "项目名称");
        List<ImportedEvaluation.BudgetLine> budget = new ArrayList<>();
        String expected = null;
        String actual = null;
        List<ImportedEvaluation.Row> indicators = new ArrayList<>();
        String totalWeight = null;
        String totalScore = null;
        int header = -1;
        int goals = -1;
        for (int i = 0; i < rows.size(); i++) {
            List<String> r = rows.get(i);
            String first = cell(r, 0).replaceAll("\\s", "");
            String second = cell(r, 1).replaceAll("\\s", "");
            if (first.equals("年度总体目标")) {
                goals = i;
            } else if (WordCells.indexOf(r, "三级指标") >= 0) {
                header = i;
            } else if (first.equals("总分")) {
                totalWeight = Names.blankToNull(cell(r, 1));
                totalScore = Names.blankToNull(cell(r, 2));
            } else if (header < 0 && goals < 0 && first.isEmpty() && second.matches(".*(资金总额|财政拨款|结转资金|其他资金)")) {
                budget.add(new ImportedEvaluation.BudgetLine(
                        second.replaceFirst("^其中[：:]", ""),
                        cell(r, 2),
                        cell(r, 3),
                        cell(r, 4),
                        cell(r, 5),
                        cell(r, 6),
                        cell(r, 7)));
            } else if (goals >= 0 && header < 0) {
                String text = r.stream().filter(c -> !c.isBlank()).findFirst().orElse(null);
                if (expected == null) {
                    expected = text;
                } else if (actual == null) {
                    actual = text;
                }
            } else if (header >= 0 && r.size() >= 8) {
                indicators.add(row(r, project));
            }
        }
        indicators.removeIf(x -> x == null);
        return new ImportedEvaluation(
                title,
                year,
                project,
                WordCells.after(rows, "主管部门"),
                WordCells.after(rows, "实施单位"),
                WordCellReader.unit(rows, "万元"),
                budget,
                expected,
                actual,
                carry(indicators),
                totalWeight,
                totalScore,
                levels.code());
    }

    private ImportedEvaluation.Row row(List<String> r, String where) {
        String name = Names.indicatorName(cell(r, 3));
        String level2 = Names.blankToNull(cell(r, 2));
        if (name == null && level2 == null) {
            return null;
        }
        if (level2 != null && !levels.tree().isEmpty() && !levels.isLevel2(level2)) {
            warnings.add(where + ": 二级指标 " + level2 + " is not in framework " + levels.code());
        }
        return new ImportedEvaluation.Row(
                Names.blankToNull(cell(r, 1)),
                level2,
                name,
                Names.blankToNull(cell(r, 4)),
                Names.blankToNull(cell(r, 5)),
                Names.blankToNull(cell(r, 6)),
                Names.blankToNull(cell(r, 7)),
                Names.blankToNull(cell(r, 8)));
    }

    /** Fills 二级 down ("same as above"), takes 一级 from the framework, drops the spare rows of empty branches. */
    private List<ImportedEvaluation.Row> carry(List<ImportedEvaluation.Row> in) {
        List<ImportedEvaluation.Row> out = new ArrayList<>();
        String level1 = null;
        String level2 = null;
        for (ImportedEvaluation.Row r : in) {
            level1 = r.level1() != null ? r.level1() : level1;
            level2 = r.level2() != null ? r.level2() : level2;
            String owner = levels.ownerOf(level2);
            String l1 = owner != null ? owner : level1;
            if (r.name() != null || r.level2() != null) {
                out.add(new ImportedEvaluation.Row(
                        l1, level2, r.name(), r.target(), r.actual(), r.weight(), r.score(), r.deviation()));
            }
        }
        return out;
    }
}
