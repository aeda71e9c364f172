package io.jixiao.rules.importing;

import io.jixiao.rules.importing.FormWords.Column;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a target table or a self-evaluation sheet (自评表) from its content, not its layout: the text becomes a sequence
 * of cells ({@link TextCells}), and each cell is recognised by what it says: a header label (项目名称, 主管部门 …) and the
 * value after it, the column labels of the indicator block, the framework's 一级 and 二级 names, target values, and
 * indicator names (what is none of these). This reads tables of other cities copied from web pages (`|` cells, one
 * cell per line, merged header rows), flattened onto one line, or glued together without separators. Every guess is a
 * warning; page text around the table (menus, "打印", footers) is left out and counted. Plain Java.
 */
public final class ContentReader {
    private static final Pattern YEAR_OF_FORM = Pattern.compile("(20\\d{2})\\s*年度");
    private static final Pattern YEAR = Pattern.compile("(20\\d{2})\\s*年");
    /** What a form prints after a tree name: its points "(50分)", or a note "(必填硬性指标)", "(选填)". */
    private static final Pattern LEVEL_SCORE =
            Pattern.compile("([(（](\\d+(\\.\\d+)?(\\s*[-–~]\\s*\\d+)?分?|[^()（）]*(必填|选填)[^()（）]*)[)）]分?)+$");
    /** What a form prints after a tree name without making it another cell: "(50分)", "等". */
    private static final Pattern DECORATION =
            Pattern.compile("^\\s*([(（]\\s*[\\d.]+(\\s*[-–~]\\s*[\\d.]+)?\\s*分?\\s*[)）]分?|等)\\s*$");

    private static final Pattern PLAIN_NUMBER = Pattern.compile("^-?\\d+(\\.\\d+)?$");

    private static final int WRAPPED_PARTS = 3;

    private final Levels levels;
    private final Rows rows;

    /** @param levels the 一级 → 二级 names of the framework the document is written in */
    public ContentReader(Levels levels) {
        this.levels = levels;
        this.rows = new Rows(levels);
    }

    public ImportResult read(String text) {
        List<String> warnings = new ArrayList<>();
        List<String> cells = expand(TextCells.of(text));
        List<ImportedTable> tables = new ArrayList<>();
        List<ImportedEvaluation> sheets = new ArrayList<>();
        int from = 0;
        int first;
        while ((first = blockStart(cells, from)) >= 0) {
            int start = first;
            while (start > from && FormWords.isColumnWord(FormWords.key(cells.get(start - 1)))) {
                start--;
            }
            int end = first;
            while (end + 1 < cells.size() && FormWords.isColumnWord(FormWords.key(cells.get(end + 1)))) {
                end++;
            }
            List<Column> columns = columns(cells.subList(start, end + 1));
            Head head = Head.read(cells.subList(from, start), warnings);
            String where = head.name() != null ? head.name() : head.title();
            Rows.Body body = rows.read(cells, end + 1, columns, where, warnings);
            int next = nextTitle(cells, body.end());
            Tail tail = Tail.read(cells.subList(body.end(), next));
            if (head.skipped() > 0 || tail.skipped() > 0) {
                warnings.add(where + ": left out page text around the table (" + head.skipped() + " cells before, "
                        + tail.skipped() + " after" + (head.sample() == null ? "" : ", e.g. \"" + head.sample() + "\"")
                        + ")");
            }
            if (columns.contains(Column.ACTUAL) && columns.contains(Column.SCORE)) {
                sheets.add(evaluation(head, body, tail));
            } else {
                tables.add(table(head, body, warnings));
            }
            from = next;
        }
        if (tables.isEmpty() && sheets.isEmpty()) {
            warnings.add("no indicator block (一级指标 / 二级指标 / 三级指标 column labels) was found");
        }
        return new ImportResult(tables, sheets, List.of(), warnings);
    }

    /** Where the next form of a document with several begins: its title, or the end. */
    private static int nextTitle(List<String> cells, int from) {
        for (int i = from; i < cells.size(); i++) {
            if (Head.isTitle(cells.get(i))) {
                return i;
            }
        }
        return cells.size();
    }

    private ImportedTable table(Head head, Rows.Body body, List<String> warnings) {
        Map<String, String> header = new LinkedHashMap<>(head.fields());
        String overall = header.remove("项目总目标");
        String annual = header.remove("年度绩效目标");
        String name = header.getOrDefault("项目名称", head.title());
        return new ImportedTable(
                head.title(),
                head.year(),
                "ANNUAL",
                head.year(),
                head.year(),
                levels.code(),
                head.unit(),
                header,
                ProjectFields.of(header, head.year(), head.unit(), name, warnings),
                overall,
                annual,
                List.of(),
                body.indicators());
    }

    private ImportedEvaluation evaluation(Head head, Rows.Body body, Tail tail) {
        return new ImportedEvaluation(
                head.title(),
                head.year(),
                head.fields().get("项目名称"),
                head.fields().get("主管部门"),
                head.fields().get("实施单位"),
                head.unit(),
                head.budget(),
                head.expected(),
                head.outcome(),
                body.sheetRows(),
                tail.totalWeight(),
                tail.totalScore(),
                levels.code());
    }

    /**
     * Cells glued together are split (header labels before the indicator block, 一级/二级 names at a cell's start), and
     * a word a line break cut into two cells is joined again ("数量" + "指标", "经济效" + "益指标").
     */
    private List<String> expand(List<String> cells) {
        return splitTrees(joinWrapped(split(cells)));
    }

    /**
     * A cell that holds two or more tree names is a whole block glued together (a PDF's text without separators):
     * it is split at every one of them, longest first, so that 社会效益指标 is not read as 效益指标.
     */
    private List<String> splitTrees(List<String> cells) {
        List<String> names = levels.allNames();
        List<String> out = new ArrayList<>();
        for (String c : cells) {
            List<String> pieces = FormWords.splitAt(c, names);
            long trees = pieces.stream().filter(names::contains).count();
            out.addAll(trees >= 2 ? pieces : List.of(c));
        }
        return out;
    }

    private List<String> joinWrapped(List<String> cells) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < cells.size(); i++) {
            String joined = null;
            int used = 1;
            for (int n = 2; n <= WRAPPED_PARTS && i + n <= cells.size() && joined == null; n++) {
                String candidate = String.join("", cells.subList(i, i + n));
                if (isWord(candidate)) {
                    joined = candidate;
                    used = n;
                }
            }
            out.add(joined == null ? cells.get(i) : joined);
            i += used - 1;
        }
        return out;
    }

    /** A word of the form: a tree name, a column label or a header label. */
    private boolean isWord(String cell) {
        String k = levelKey(cell);
        return levels.isLevel1(k)
                || levels.isLevel2(k)
                || FormWords.isColumnWord(FormWords.key(cell))
                || FormWords.LABELS.containsKey(FormWords.key(cell));
    }

    private List<String> split(List<String> cells) {
        int header = levelHeader(cells);
        List<String> labelWords = new ArrayList<>(FormWords.LABELS.keySet());
        labelWords.addAll(FormWords.COLUMNS.keySet());
        labelWords.addAll(FormWords.LEVEL_HEADERS);
        labelWords.add("绩效指标");
        List<String> out = new ArrayList<>();
        for (int i = 0; i < cells.size(); i++) {
            String c = cells.get(i);
            if (header < 0 || i <= header) {
                out.addAll(FormWords.splitAt(c, labelWords));
            } else {
                out.addAll(peelLevels(c));
            }
        }
        return out;
    }

    /** "产出指标数量指标农村义务教育学校改造覆盖率100%" → 产出指标, 数量指标, the rest. */
    private List<String> peelLevels(String cell) {
        List<String> out = new ArrayList<>();
        String rest = cell;
        String name;
        while ((name = leadingTreeName(rest)) != null) {
            out.add(name);
            rest = rest.substring(name.length()).strip();
        }
        if (!rest.isEmpty()) {
            out.add(rest);
        }
        return out;
    }

    /** The tree name a cell starts with, when more follows it that is not just "(50分)" or "等". */
    private String leadingTreeName(String cell) {
        for (String name : levels.allNames()) {
            String after = cell.substring(Math.min(name.length(), cell.length()));
            if (cell.startsWith(name)
                    && !after.isBlank()
                    && !DECORATION.matcher(after).matches()) {
                return name;
            }
        }
        // a local 二级 name glued to its row: 社会公众或服务对象满意度指标学生家长满意度≥90%
        for (int end = cell.indexOf("指标"); end > 0; end = cell.indexOf("指标", end + 1)) {
            String prefix = cell.substring(0, end + 2);
            if (prefix.length() < cell.length() && rows.tree(prefix, "", new ArrayList<>()) != null) {
                return prefix;
            }
        }
        return null;
    }

    /**
     * How well a framework fits a document read by content: its 二级 names found as cells count once, its 一级 names
     * twice where one of their own 二级 follows. The 一级 tells 产出指标 (MOF) from 产出目标 (郑州) apart.
     */
    public static int fit(Levels levels, String text) {
        ContentReader reader = new ContentReader(levels);
        List<String[]> tree = new ArrayList<>();
        for (String c : reader.expand(TextCells.of(text))) {
            String[] node = reader.rows.tree(FormWords.key(c), "", new ArrayList<>());
            if (node != null) {
                tree.add(node);
            }
        }
        int score = 0;
        for (int i = 0; i < tree.size(); i++) {
            String[] node = tree.get(i);
            if (node[1] != null) {
                score++;
            } else if (i + 1 < tree.size()
                    && tree.get(i + 1)[1] != null
                    && node[0].equals(levels.ownerOf(tree.get(i + 1)[1]))) {
                score += 2; // a 一级 counts where its own 二级 follows: 成本指标 is a 一级 only in MOF 2021
            }
        }
        return score;
    }

    private static int levelHeader(List<String> cells) {
        return levelHeader(cells, 0);
    }

    /**
     * Where the indicator block of the next form begins: its 一级/二级 column labels, or, for a form that prints none
     * (石嘴山 2020: "项目 | 指标值"), the cell before its first 一级 name that is followed by one of its own 二级.
     */
    private int blockStart(List<String> cells, int from) {
        int header = levelHeader(cells, from);
        int tree = -1;
        for (int i = from; i + 1 < cells.size() && tree < 0; i++) {
            String k = levelKey(cells.get(i));
            if (levels.isLevel1(k) && k.equals(levels.ownerOf(levelKey(cells.get(i + 1))))) {
                tree = i;
            }
        }
        if (header >= 0 && (tree < 0 || header < tree)) {
            return header;
        }
        return tree > from ? tree - 1 : -1;
    }

    private static int levelHeader(List<String> cells, int from) {
        for (int i = from; i < cells.size(); i++) {
            String k = FormWords.key(cells.get(i));
            if (k.contains("一级指标") || k.contains("二级指标") || k.equals("一级目标")) {
                return i;
            }
        }
        return -1;
    }

    /**
     * The value columns of the indicator block in print order. A two-row header (年度指标值 over 指标性质 / 指标值 /
     * 度量单位) arrives flattened: the three sub-columns take the place of the group label.
     */
    static List<Column> columns(List<String> header) {
        List<Column> found = new ArrayList<>();
        int lastLevel = -1;
        for (String c : header) {
            String k = FormWords.columnKey(c);
            if (FormWords.LEVEL_HEADERS.contains(k)) {
                lastLevel = found.size();
            }
            Column col = FormWords.COLUMNS.get(k);
            if (col != null) {
                found.add(col);
            }
        }
        // the target's own columns, in the order printed under the group label (or where no group label is)
        List<Column> parts = new ArrayList<>();
        for (int i = Math.max(0, lastLevel); i < found.size(); i++) {
            Column c = found.get(i);
            if (c == Column.NATURE || c == Column.UNIT || c == Column.TARGET) {
                parts.add(c == Column.TARGET ? Column.TARGET_NUMBER : c);
            }
        }
        boolean split = parts.contains(Column.NATURE) || parts.contains(Column.UNIT);
        List<Column> out = new ArrayList<>();
        for (Column c : found) {
            boolean target = c == Column.TARGET || c == Column.NATURE || c == Column.UNIT;
            if (split && target) {
                if (!out.contains(Column.TARGET_NUMBER)) {
                    out.addAll(parts.stream().distinct().toList());
                    if (!out.contains(Column.TARGET_NUMBER)) {
                        out.add(out.size() - 1, Column.TARGET_NUMBER);
                    }
                }
            } else if ((!out.contains(c) || c == Column.EXPLANATION) && !(c == Column.NATURE || c == Column.UNIT)) {
                out.add(c);
            }
        }
        if (!out.contains(Column.TARGET) && !out.contains(Column.TARGET_NUMBER)) {
            out.add(0, Column.TARGET);
        }
        return out;
    }

    /** "产出指标(50分)" → 产出指标; "服务对象满意度指标等" → 服务对象满意度指标. */
    static String levelKey(String cell) {
        String k = LEVEL_SCORE.matcher(FormWords.key(cell)).replaceFirst("");
        return k.endsWith("等") ? k.substring(0, k.length() - 1) : k;
    }

    static boolean isPlainNumber(String cell) {
        return cell != null && PLAIN_NUMBER.matcher(cell.strip()).matches();
    }

    static Integer year(String text) {
        Matcher m = YEAR_OF_FORM.matcher(text);
        if (m.find()) {
            return Integer.valueOf(m.group(1));
        }
        m = YEAR.matcher(text);
        return m.find() ? Integer.valueOf(m.group(1)) : null;
    }
}
