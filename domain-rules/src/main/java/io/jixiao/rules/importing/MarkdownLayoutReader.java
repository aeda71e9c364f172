package io.jixiao.rules.importing;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads target tables written as Markdown with tab-separated rows (seed 003): one heading per project, the header
 * rows, 中期 and 年度 funding and goals side by side, then indicator rows whose left half is the mid-term target set and
 * whose right half is the annual one. Cells are recognised by what they hold (a framework name, a numbered 三级
 * indicator, a value), because page breaks shift rows left and break cells over two lines. Plain Java.
 */
public final class MarkdownLayoutReader {
    private static final Pattern PROJECT = Pattern.compile("^#+\\s*\\d+\\s*[.、]\\s*[“\"](.+?)[”\"]\\s*项目");
    private static final Pattern YEAR = Pattern.compile("(\\d{4})\\s*年");
    private static final Pattern SPAN = Pattern.compile("(\\d{4})\\s*年?\\s*[—–-]+\\s*(\\d{4})");
    private static final Pattern TAGS = Pattern.compile("</?p>");

    private final Levels levels;

    public MarkdownLayoutReader(Levels levels) {
        this.levels = levels;
    }

    public static boolean recognises(String text) {
        return text.lines().anyMatch(l -> PROJECT.matcher(l).find()) && text.contains("\t");
    }

    public ImportResult read(String text) {
        List<String> warnings = new ArrayList<>();
        List<ImportedTable> tables = new ArrayList<>();
        List<String> lines = text.lines().toList();
        Integer docYear = null;
        List<Integer> starts = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Matcher y = YEAR.matcher(lines.get(i));
            if (docYear == null && lines.get(i).startsWith("#") && y.find()) {
                docYear = Integer.valueOf(y.group(1));
            }
            if (PROJECT.matcher(lines.get(i)).find()) {
                starts.add(i);
            }
        }
        for (int s = 0; s < starts.size(); s++) {
            int end = s + 1 < starts.size() ? starts.get(s + 1) : lines.size();
            tables.addAll(project(lines.subList(starts.get(s), end), docYear, warnings));
        }
        if (starts.isEmpty()) {
            warnings.add("no heading names a project (## 1. “…”项目): not a table in the Markdown layout");
        }
        return new ImportResult(tables, warnings);
    }

    private List<ImportedTable> project(List<String> lines, Integer docYear, List<String> warnings) {
        Matcher pm = PROJECT.matcher(lines.get(0));
        pm.find();
        String heading = pm.group(1);
        Integer year = docYear;
        Map<String, String> header = new LinkedHashMap<>();
        String[] goals = {null, null};
        int[] span = {0, 0};
        List<List<String>> indicatorRows = new ArrayList<>();
        boolean inGoals = false;
        boolean inIndicators = false;
        for (String line : lines.subList(1, lines.size())) {
            List<String> cells = cells(line);
            if (cells.isEmpty()) {
                continue;
            }
            String first = line.split("\t", -1)[0].strip().replaceAll("\\s", "");
            Matcher ym = YEAR.matcher(line);
            if (line.matches("^\\s*[(（].*年度.*[)）]\\s*$") && ym.find()) {
                year = Integer.valueOf(ym.group(1));
            } else if (inIndicators) {
                indicatorRows.add(cells);
            } else if (first.equals("绩效指标")) {
                inIndicators = true;
            } else if (first.equals("总体目标")) {
                Matcher sm = SPAN.matcher(line);
                if (sm.find()) {
                    span[0] = Integer.parseInt(sm.group(1));
                    span[1] = Integer.parseInt(sm.group(2));
                }
                inGoals = true;
            } else if (inGoals) {
                goals[0] = goal(cells.get(0), heading, warnings);
                goals[1] = goal(cells.get(cells.size() - 1), heading, warnings);
                inGoals = false;
            } else if (List.of("项目名称", "实施单位", "项目属性").contains(first)) {
                header.put(first, cells.get(1));
            } else {
                funding(cells, header);
            }
        }
        String name = header.getOrDefault("项目名称", heading);
        checkFunding(header, name, warnings);
        List<ImportedTable.Indicator>[] halves = new MarkdownIndicators(levels, name, warnings).read(indicatorRows);
        Map<String, Object> project = ProjectFields.of(header, year, "万元", name, warnings);
        if (span[0] > 0) {
            project.put("midTermStartYear", span[0]);
            project.put("midTermEndYear", span[1]);
        }
        String title = "项目支出绩效目标表";
        return List.of(
                new ImportedTable(
                        title,
                        year,
                        "MID_TERM",
                        span[0] > 0 ? span[0] : year,
                        span[1] > 0 ? span[1] : year,
                        levels.code(),
                        "万元",
                        header,
                        project,
                        goals[0],
                        null,
                        List.of(),
                        halves[0]),
                new ImportedTable(
                        title,
                        year,
                        "ANNUAL",
                        year,
                        year,
                        levels.code(),
                        "万元",
                        header,
                        project,
                        goals[0],
                        goals[1],
                        List.of(),
                        halves[1]));
    }

    /** 中期资金总额 / 年度资金总额 rows: label, value, label, value — the first pair mid-term, the second annual. */
    private static void funding(List<String> cells, Map<String, String> header) {
        List<String> c = new ArrayList<>(cells);
        if (c.get(0).replaceAll("\\s", "").startsWith("项目资金")) {
            c.remove(0);
        }
        for (int i = 0; i + 1 < c.size(); i += 2) {
            String label = c.get(i).replaceAll("[\\s:：]", "").replaceFirst("^其中", "");
            if (label.equals("中期资金总额") || label.equals("年度资金总额")) {
                header.put(label, c.get(i + 1));
            } else if (label.equals("财政拨款") || label.equals("其他资金")) {
                header.put(i == 0 ? "中期" + label : label, c.get(i + 1));
            }
        }
    }

    private static void checkFunding(Map<String, String> header, String where, List<String> warnings) {
        for (String prefix : List.of("中期", "")) {
            String totalLabel = prefix.isEmpty() ? "年度资金总额" : "中期资金总额";
            BigDecimal total = ProjectFields.yuan(header.get(totalLabel), "万元");
            BigDecimal fiscal = ProjectFields.yuan(header.get(prefix + "财政拨款"), "万元");
            BigDecimal other = ProjectFields.yuan(header.get(prefix + "其他资金"), "万元");
            if (total != null && fiscal != null && other != null && total.compareTo(fiscal.add(other)) != 0) {
                warnings.add(where + ": " + totalLabel + " " + header.get(totalLabel) + " is not 财政拨款 + 其他资金 ("
                        + header.get(prefix + "财政拨款") + " + " + header.get(prefix + "其他资金") + ")");
            }
        }
    }

    private static String goal(String cell, String where, List<String> warnings) {
        if (TAGS.matcher(cell).find()) {
            warnings.add(where + ": the goal held HTML paragraph tags (<p>); they were removed");
            return TAGS.matcher(cell.replace("</p> <p>", "\n").replace("</p><p>", "\n"))
                    .replaceAll("")
                    .strip();
        }
        return cell.strip();
    }

    private static List<String> cells(String line) {
        List<String> out = new ArrayList<>();
        for (String c : line.split("\t", -1)) {
            if (!c.isBlank()) {
                out.add(c.strip());
            }
        }
        return out;
    }
}
