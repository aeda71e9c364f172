package io.jixiao.rules.importing;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a target table recognised from a scan (seed 000): the header labels come first, one per line, then the values
 * in the order of the form's left column, each followed by the label of the right column on the same line
 * ("093001 资金用途"); the right column's values follow; then the narrative paragraphs; then the goals and the indicator
 * tree, whose merged 一级/二级 cells are printed on their own lines in the middle of their block. Labels misread by the
 * OCR (投入智理) are matched to the framework with one character of tolerance and reported. Plain Java.
 */
public final class OcrLayoutReader {
    private static final List<String> LEFT = List.of("项目名称", "单位编码", "项目负责人", "联系电话", "开始时间", "项目总金额", "上年度项目总金额");
    private static final Set<String> RIGHT = Set.of("资金用途", "联系人", "结束时间", "项目本年度金额", "项目上年度金额");
    private static final List<String> PROSE = List.of("项目概况", "立项依据", "项目设立的必要性", "项目配套制度措施", "项目实施计划");
    private static final Set<String> HEADINGS = Set.of("项目详细信息", "项目绩效目标");
    private static final Pattern YEAR = Pattern.compile("[(（]\\s*(\\d{4})\\s*年\\s*[)）]");
    private static final Pattern SENTENCE_END = Pattern.compile(".*[。．.；;）)]\\s*$");

    private final Levels levels;

    public OcrLayoutReader(Levels levels) {
        this.levels = levels;
    }

    /** True when the text looks like this layout: labels alone on their lines and a space-separated indicator header. */
    public static boolean recognises(String text) {
        return text.contains("绩效目标表")
                && text.lines().anyMatch(l -> l.strip().equals("项目名称"))
                && text.lines().anyMatch(l -> l.strip().matches("一级指标 +二级指标 +三级指标.*"));
    }

    public ImportResult read(String text) {
        List<String> warnings = new ArrayList<>();
        List<String> lines = text.lines().toList();
        int title = indexOf(lines, 0, l -> l.contains("绩效目标表"));
        int indicatorsAt = indexOf(lines, 0, l -> l.strip().matches("一级指标\\s+二级指标.*"));
        if (title < 0 || indicatorsAt < 0) {
            warnings.add("no 绩效目标表 title or no 一级指标 header: not a target table recognised from a scan");
            return new ImportResult(List.of(), warnings);
        }
        String titleText = lines.get(title).strip();
        Integer year = null;
        Map<String, String> header = new LinkedHashMap<>();
        int goalsAt = values(lines, title + 1, header, warnings);
        for (int i = title; i < goalsAt && year == null; i++) {
            Matcher m = YEAR.matcher(lines.get(i));
            year = m.find() ? Integer.valueOf(m.group(1)) : null;
        }
        String[] goals = goals(lines.subList(goalsAt, indicatorsAt));
        String where = header.getOrDefault("项目名称", titleText);
        List<ImportedTable.Indicator> indicators =
                indicators(lines.subList(indicatorsAt + 1, lines.size()), where, warnings);
        ImportedTable table = new ImportedTable(
                titleText,
                year,
                "ANNUAL",
                year,
                year,
                levels.code(),
                "元",
                header,
                ProjectFields.of(header, year, "元", where, warnings),
                goals[0],
                goals[1],
                List.of(),
                indicators);
        return new ImportResult(List.of(table), warnings);
    }

    /** Fills the header from the value lines and paragraphs after the title; answers where the goals start. */
    private int values(List<String> lines, int from, Map<String, String> header, List<String> warnings) {
        Deque<String> left = new ArrayDeque<>(LEFT);
        Deque<String> right = new ArrayDeque<>();
        Deque<String> prose = new ArrayDeque<>(PROSE);
        StringBuilder paragraph = new StringBuilder();
        int i = from;
        for (; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.equals("项目绩效目标") || line.startsWith("项目总目标") || line.startsWith("年度绩效目标")) {
                break;
            }
            if (line.isEmpty() || HEADINGS.contains(line) || YEAR.matcher(line).matches()) {
                if (line.isEmpty()
                        && paragraph.length() > 0
                        && SENTENCE_END.matcher(paragraph).matches()) {
                    flush(paragraph, prose, header, warnings);
                }
                continue;
            }
            if (!left.isEmpty()) {
                int space = line.lastIndexOf(' ');
                String tail = space < 0 ? "" : line.substring(space + 1);
                if (RIGHT.contains(tail)) {
                    right.add(tail);
                    line = line.substring(0, space).strip();
                }
                header.put(left.poll(), line);
            } else if (!right.isEmpty()) {
                header.put(right.poll(), line);
            } else if (paragraph.isEmpty() && punctuationOnly(line)) {
                warnings.add("a line holding only \"" + line + "\" (scan noise) was left out");
            } else {
                paragraph.append(line);
            }
        }
        if (paragraph.length() > 0) {
            flush(paragraph, prose, header, warnings);
        }
        return i;
    }

    private static void flush(
            StringBuilder paragraph, Deque<String> prose, Map<String, String> header, List<String> warnings) {
        String text = paragraph.toString().strip();
        paragraph.setLength(0);
        if (punctuationOnly(text)) {
            warnings.add("a line holding only \"" + text + "\" (scan noise) was left out");
        } else if (prose.isEmpty()) {
            warnings.add("a paragraph after 项目实施计划 could not be placed and was left out: " + abbreviate(text));
        } else {
            header.put(prose.poll(), text);
        }
    }

    private static boolean punctuationOnly(String text) {
        return text.replaceAll("[\\p{Punct}\\p{IsPunctuation}\\s]", "").isEmpty();
    }

    /** 项目总目标 and 年度绩效目标: the label sits in the middle of its text, so lines above it belong to it too. */
    private static String[] goals(List<String> lines) {
        StringBuilder overall = new StringBuilder();
        StringBuilder annual = new StringBuilder();
        StringBuilder into = overall;
        for (String raw : lines) {
            String line = raw.strip();
            if (line.equals("项目绩效目标") || line.isEmpty()) {
                continue;
            }
            if (line.startsWith("年度绩效目标")) {
                into = annual;
                line = line.substring("年度绩效目标".length()).strip();
            } else if (line.startsWith("项目总目标")) {
                line = line.substring("项目总目标".length()).strip();
            }
            into.append(line);
        }
        return new String[] {overall.isEmpty() ? null : overall.toString(), annual.isEmpty() ? null : annual.toString()
        };
    }

    /** One printed line of the indicator block: a row (with a name), or labels alone. */
    private record Line(String level2, String name, String target, boolean blankBefore, boolean blankAfter) {
        boolean isRow() {
            return name != null;
        }
    }

    private List<ImportedTable.Indicator> indicators(List<String> raw, String where, List<String> warnings) {
        List<Line> lines = new ArrayList<>();
        for (int i = 0; i < raw.size(); i++) {
            String text = raw.get(i).strip();
            if (text.isEmpty() || text.startsWith("预算单位")) {
                continue;
            }
            boolean before = i == 0 || raw.get(i - 1).isBlank();
            boolean after = i + 1 >= raw.size() || raw.get(i + 1).isBlank();
            lines.add(parse(text, before, after, where, warnings));
        }
        String[] level2 = new String[lines.size()];
        boolean[] used = new boolean[lines.size()];
        for (int i = 0; i < lines.size(); i++) {
            Line l = lines.get(i);
            if (l.isRow() && l.level2() != null) {
                level2[i] = l.level2();
            } else if (!l.isRow()
                    && l.level2() != null
                    && !l.blankAfter()
                    && i + 1 < lines.size()
                    && lines.get(i + 1).isRow()
                    && lines.get(i + 1).level2() == null) {
                level2[i + 1] = l.level2(); // a merged cell printed just above the row it is centred on
                used[i] = true;
            }
        }
        String[] anchors = level2.clone();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).isRow() && level2[i] == null) {
                place(lines, anchors, level2, used, i, where, warnings);
            }
        }
        List<ImportedTable.Indicator> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Line l = lines.get(i);
            if (l.isRow()) {
                out.add(new ImportedTable.Indicator(owner(level2[i]), level2[i], l.name(), l.target()));
            } else if (l.level2() != null && !used[i]) {
                out.add(new ImportedTable.Indicator(owner(l.level2()), l.level2(), null, null));
            }
        }
        return out;
    }

    /**
     * A row without its own 二级 joins the nearest labelled row above or below (not across an empty branch), or an
     * empty-looking 二级 printed right next to it when no labelled row is as close: merged cells are centred on their block.
     */
    private void place(
            List<Line> lines,
            String[] anchors,
            String[] level2,
            boolean[] used,
            int i,
            String where,
            List<String> warnings) {
        int up = nearest(lines, anchors, used, i, -1);
        int down = nearest(lines, anchors, used, i, +1);
        int dUp = up < 0 ? Integer.MAX_VALUE : rowsBetween(lines, up, i);
        int dDown = down < 0 ? Integer.MAX_VALUE : rowsBetween(lines, i, down);
        int beside = standaloneBeside(lines, used, i);
        if (beside >= 0 && Math.min(dUp, dDown) > 1) {
            level2[i] = lines.get(beside).level2();
            used[beside] = true;
        } else if (dUp <= dDown && up >= 0) {
            level2[i] = anchors[up];
        } else if (down >= 0) {
            level2[i] = anchors[down];
        } else if (beside >= 0) {
            level2[i] = lines.get(beside).level2();
            used[beside] = true;
        } else {
            warnings.add(where + ": 三级指标 " + lines.get(i).name() + " has no 二级指标 near it and was left without one");
        }
    }

    private static int nearest(List<Line> lines, String[] level2, boolean[] used, int i, int step) {
        for (int j = i + step; j >= 0 && j < lines.size(); j += step) {
            Line l = lines.get(j);
            if (!l.isRow() && l.level2() != null && !used[j]) {
                return -1; // an empty branch lies between
            }
            if (l.isRow() && level2[j] != null) {
                return j;
            }
        }
        return -1;
    }

    private static int rowsBetween(List<Line> lines, int from, int to) {
        int n = 0;
        for (int j = from + 1; j <= to; j++) {
            n += lines.get(j).isRow() ? 1 : 0;
        }
        return n;
    }

    private static int standaloneBeside(List<Line> lines, boolean[] used, int i) {
        for (int j : new int[] {i + 1, i - 1}) {
            if (j >= 0
                    && j < lines.size()
                    && !lines.get(j).isRow()
                    && lines.get(j).level2() != null
                    && !used[j]
                    && lines.get(j).blankBefore()
                    && lines.get(j).blankAfter()) {
                return j;
            }
        }
        return -1;
    }

    private Line parse(String text, boolean before, boolean after, String where, List<String> warnings) {
        List<String> tokens = new ArrayList<>(List.of(text.split("\\s+")));
        String level2 = null;
        while (!tokens.isEmpty()) {
            String t = tokens.get(0);
            var l1 = levels.level1Like(t);
            var l2 = level2 == null ? levels.level2Like(t) : java.util.Optional.<String>empty();
            if (l1.isPresent()) {
                note(t, l1.get(), "一级指标", where, warnings);
            } else if (l2.isPresent()) {
                note(t, l2.get(), "二级指标", where, warnings);
                level2 = l2.get();
            } else {
                break;
            }
            tokens.remove(0);
        }
        if (tokens.isEmpty()) {
            return new Line(level2, null, null, before, after);
        }
        String name = tokens.remove(0);
        String target = tokens.isEmpty() ? null : String.join(" ", tokens);
        if (target == null) {
            warnings.add(where + ": 三级指标 " + name + " has no 目标值 on its line");
        }
        return new Line(level2, name, target, before, after);
    }

    private static void note(String printed, String meant, String what, String where, List<String> warnings) {
        if (!printed.equals(meant)) {
            warnings.add(where + ": " + what + " \"" + printed + "\" read as " + meant
                    + " (a misread character in the scan)");
        }
    }

    private String owner(String level2) {
        return level2 == null ? null : levels.ownerOf(level2);
    }

    private static int indexOf(List<String> lines, int from, java.util.function.Predicate<String> p) {
        for (int i = from; i < lines.size(); i++) {
            if (p.test(lines.get(i))) {
                return i;
            }
        }
        return -1;
    }

    private static String abbreviate(String s) {
        return s.length() <= 40 ? s : s.substring(0, 40) + "…";
    }
}
