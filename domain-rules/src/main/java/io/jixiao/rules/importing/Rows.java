package io.jixiao.rules.importing;

import io.jixiao.rules.importing.FormWords.Column;
import io.jixiao.rules.target.TargetParser;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The indicator block read cell by cell: a 一级 or 二级 name (exactly, with one character misread, or a longer local
 * name ending in the framework's, like 社会公众或服务对象满意度指标) moves the tree; any other cell is a 三级 name, and
 * the cells after it fill the block's columns where their content fits the column (a 度量单位 is a unit, a 分值 a
 * number, a 偏差原因 reads like one). A cell that fits no column is the next indicator. Plain Java.
 */
final class Rows {
    /** A target glued to the end of its name: "覆盖率100%", "满意度≥90%". */
    private static final Pattern GLUED_NUMBER = Pattern.compile(
            "^(.*?[^\\d.≥≤=><≧≦＞＜二])((?:[≥≤=><≧≦＞＜二]|不低于|不少于|不高于|不超过)?\\d+(?:\\.\\d+)?(?:%|[^\\d%]{0,4}))$");
    /** Qualitative targets forms write after the name without a separator: "…发展情况稳步提高". */
    private static final Pattern GLUED_WORDS =
            Pattern.compile("^(.{4,}?)(稳步提高|逐步提高|有所提高|明显提升|显著提升|有效提升|逐年提升|效果明显|成效明显|持续改善|长期有效|长远|提升)$");

    private static final Pattern STARTS_LIKE_TARGET =
            Pattern.compile("^[≥≤=><≧≦═＝＞＜≈~约]{0,2}\\s*[-+]?\\d.*|^(不低于|不少于|不高于|不超过|大于|小于|低于|高于|达到).*");
    private static final int SHORT_WORD = 8;
    private static final int LOCAL_NAME = 16;
    private static final int SHORT_TREE_NAME = 6;
    /** Marks a tree name read from a short form (满意度 for 满意度指标): where it moves nothing, it is a 三级 name. */
    private static final String SHORTENED = "shortened";

    private static final int SHORT_UNIT = 4;
    /** A 一级's points or a note printed in a cell of its own: "(50)", "30分)", "(选填)". */
    private static final Pattern DECORATION =
            Pattern.compile("^[(（]?\\d+(\\.\\d+)?(\\s*[-–~]\\s*\\d+)?分?[)）]分?$|^[(（][^()（）]{1,8}[)）]$");
    /** Where a 三级 name is due, a cell that can be none: a bare figure (0, 0.00%), an explanation ("反映…"). */
    private static final Pattern NO_NAME = Pattern.compile("^-?[\\d.]+%?$|^(反映|该指标)");
    /** Older or local names of the framework's tree nodes. */
    private static final java.util.Map<String, String> SYNONYMS = java.util.Map.of(
            "环境效益指标", "生态效益指标",
            "环境效益", "生态效益指标",
            "效果指标", "效益指标");
    /** Words a 指标值 column holds that are no unit, however short. */
    private static final java.util.Set<String> NOT_UNITS = java.util.Set.of(
            "有效", "无效", "是", "否", "优", "良", "中", "差", "合格", "达标", "优良", "完成", "显著", "明显", "提高", "提升", "减少", "增加", "长期",
            "良好", "无", "有", "持续");

    private final Levels levels;
    private final TargetParser parser = new TargetParser();

    Rows(Levels levels) {
        this.levels = levels;
    }

    /** The rows read, and where the block ended (the index of the first cell after it). */
    record Body(List<ImportedTable.Indicator> indicators, List<ImportedEvaluation.Row> sheetRows, int end) {}

    /** One indicator's cells, by column. */
    private record Values(Map<Column, String> cells, String name, int next) {}

    Body read(List<String> cells, int from, List<Column> columns, String where, List<String> warnings) {
        Walk walk = new Walk();
        int i = from;
        while (i < cells.size()) {
            String cell = cells.get(i);
            String key = FormWords.key(cell);
            if (FormWords.isEnd(key) || Head.isTitle(cell)) {
                break; // the table's end, or the next form of the document
            }
            String[] tree = tree(key, where, warnings);
            if (tree != null && !(tree.length > 2 && movesNothing(tree, walk.level1, walk.level2))) {
                walk.move(tree); // (满意度 under 服务对象满意度指标 names the indicator, not the branch it is already in)
                i++;
            } else if (noIndicator(cell, key, walk.level1, where, warnings)) {
                i++;
            } else {
                Values v = values(cells, i, columns, true, where, warnings);
                walk.add(v, walk.level2 != null ? walk.level2 : onlyLevel2(walk.level1, v.name(), where, warnings));
                i = v.next();
            }
        }
        walk.closeBranch();
        return new Body(walk.indicators, walk.sheetRows, i);
    }

    /** Where the reading stands in the tree, and what it read: tables' indicators and sheets' rows side by side. */
    private final class Walk {
        final List<ImportedTable.Indicator> indicators = new ArrayList<>();
        final List<ImportedEvaluation.Row> sheetRows = new ArrayList<>();
        String level1;
        String level2;
        boolean branchHasRow = true;

        /** {一级, null} keeps a 二级 of its own; {null, 二级} takes its 一级 from the framework. */
        void move(String[] tree) {
            closeBranch();
            if (tree[1] == null) {
                level2 = level2 != null && tree[0].equals(levels.ownerOf(level2)) ? level2 : null;
                level1 = tree[0];
                branchHasRow = true;
            } else {
                level2 = tree[1];
                level1 = levels.ownerOf(tree[1]) != null ? levels.ownerOf(tree[1]) : level1;
                branchHasRow = false;
            }
        }

        /** A 二级 printed without any 三级 under it is kept as an empty branch, as the form shows it. */
        void closeBranch() {
            if (!branchHasRow) {
                indicators.add(new ImportedTable.Indicator(level1, level2, null, null));
                sheetRows.add(new ImportedEvaluation.Row(level1, level2, null, null, null, null, null, null));
                branchHasRow = true;
            }
        }

        void add(Values v, String l2) {
            Map<Column, String> c = v.cells();
            indicators.add(new ImportedTable.Indicator(
                    level1, l2, v.name(), c.get(Column.TARGET), c.get(Column.STANDARD), null, c.get(Column.WEIGHT)));
            sheetRows.add(new ImportedEvaluation.Row(
                    level1,
                    l2,
                    v.name(),
                    c.get(Column.TARGET),
                    c.get(Column.ACTUAL),
                    c.get(Column.WEIGHT),
                    c.get(Column.SCORE),
                    c.get(Column.DEVIATION)));
            branchHasRow = true;
        }
    }

    /**
     * A cell that starts no indicator: a 一级's points in a cell of their own, "……" for rows left empty, a bare figure
     * or an explanation where a name is due, a column label repeated on a new page, page text, or anything before the
     * first 一级/二级 (reported).
     */
    private static boolean noIndicator(String cell, String key, String level1, String where, List<String> warnings) {
        if (DECORATION.matcher(key).matches()
                || Names.indicatorName(cell) == null
                || NO_NAME.matcher(key).find()) {
            return true;
        }
        if (FormWords.BOILERPLATE.contains(key) || FormWords.isColumnWord(key)) {
            return true;
        }
        if (level1 == null) {
            warnings.add(where + ": \"" + cell + "\" comes before any 一级/二级指标 and was left out");
            return true;
        }
        return false;
    }

    /**
     * {一级, null} or {null, 二级} where the cell names a node of the tree: exactly, with one character misread, without
     * the word 指标 (经济效益, 产出数量) or as a longer local name ending in the framework's (社会公众或服务对象满意度指标).
     * Null for any other cell.
     */
    String[] tree(String key, String where, List<String> warnings) {
        String k = ContentReader.levelKey(key);
        if (k.isEmpty()) {
            return null;
        }
        String synonym = SYNONYMS.get(k);
        if (synonym != null && (levels.isLevel1(synonym) || levels.isLevel2(synonym))) {
            warnings.add(where + ": read \"" + k + "\" as the framework's " + synonym);
            k = synonym;
        }
        if (levels.isLevel1(k)) {
            return new String[] {k, null};
        }
        if (levels.isLevel2(k)) {
            return new String[] {null, k};
        }
        // a tree name without its word 指标 (经济效益, 可持续影响, 产出数量, 满意度): short cells only, a 三级 name is longer
        String shortName = k.startsWith("产出") && k.length() > 2 ? k.substring(2) : k;
        if (!k.endsWith("指标") && k.length() <= SHORT_TREE_NAME && levels.isLevel2(shortName + "指标")) {
            return new String[] {null, shortName + "指标", SHORTENED};
        }
        if (!k.endsWith("指标") && k.length() <= SHORT_TREE_NAME && levels.isLevel1(k + "指标")) {
            return new String[] {k + "指标", null, SHORTENED};
        }
        var one = levels.level1Like(k);
        if (one.isPresent()) {
            warnings.add(where + ": read \"" + k + "\" as the 一级指标 " + one.get() + " (one character differs)");
            return new String[] {one.get(), null};
        }
        var two = levels.level2Like(k);
        if (two.isPresent()) {
            warnings.add(where + ": read \"" + k + "\" as the 二级指标 " + two.get() + " (one character differs)");
            return new String[] {null, two.get()};
        }
        String local = localLevel2(k);
        if (local != null) {
            warnings.add(where + ": read \"" + k + "\" as the framework's 二级指标 " + local);
            return new String[] {null, local};
        }
        return null;
    }

    private boolean movesNothing(String[] tree, String level1, String level2) {
        return tree[0] != null
                ? tree[0].equals(level1) && level2 != null
                : tree[1].equals(level2) || level1 != null && !level1.equals(levels.ownerOf(tree[1]));
    }

    /** 社会公众或服务对象满意度指标 → 服务对象满意度指标: a local 二级 name that ends in the framework's. */
    private String localLevel2(String k) {
        if (!k.endsWith("指标") || k.length() > LOCAL_NAME) {
            return null;
        }
        for (String name : levels.allNames()) {
            if (levels.isLevel2(name) && k.endsWith(name) && k.length() > name.length()) {
                return name;
            }
        }
        return null;
    }

    /** A row under a 一级 with no 二级 printed: the 一级's only 二级 where it has one (reported), else none. */
    private String onlyLevel2(String level1, String name, String where, List<String> warnings) {
        List<String> children = levels.tree().getOrDefault(level1, List.of());
        if (children.size() != 1) {
            return null;
        }
        warnings.add(where + ": " + name + " has no 二级指标 printed; read it under " + level1 + "'s only one, "
                + children.get(0));
        return children.get(0);
    }

    /**
     * @param lookAhead whether an unlabelled 偏差原因 may be told from the next row's name by reading that row; the
     *     look-ahead itself reads without it, so each row is read at most twice
     */
    private Values values(
            List<String> cells, int at, List<Column> columns, boolean lookAhead, String where, List<String> warnings) {
        String name = Names.indicatorName(cells.get(at));
        int j = at + 1;
        Map<Column, String> got = new java.util.EnumMap<>(Column.class);
        String nature = null;
        String unit = null;
        for (Column col : columns) {
            String peek =
                    j < cells.size() && !stops(cells.get(j)) ? cells.get(j).strip() : null;
            switch (col) {
                case TARGET, TARGET_NUMBER -> {
                    if (peek == null || !targetLike(peek) && glued(name) != null) {
                        String[] split = glued(name);
                        if (split != null) {
                            warnings.add(where + ": \"" + name + "\" holds its target; read it as " + split[0]
                                    + " with the target " + split[1]);
                            name = split[0];
                            got.put(Column.TARGET, split[1]);
                        }
                    } else {
                        got.put(Column.TARGET, peek);
                        j++;
                    }
                }
                case NATURE -> {
                    if (peek != null && FormWords.isNature(peek)) {
                        nature = peek;
                        j++;
                    }
                }
                case UNIT -> {
                    if (peek != null && isUnit(peek)) {
                        unit = peek;
                        j++;
                    }
                }
                case STANDARD -> {
                    if (peek != null && FormWords.looksLikeStandard(peek)) {
                        got.put(col, peek);
                        j++;
                    }
                }
                case ACTUAL -> {
                    if (peek != null && !weightAndScoreOnly(cells, j, columns)) {
                        got.put(col, peek);
                        j++;
                    }
                }
                case WEIGHT, SCORE -> {
                    if (peek != null && ContentReader.isPlainNumber(peek)) {
                        got.put(col, peek);
                        j++;
                    }
                }
                case EXPLANATION -> {
                    if (peek != null && FormWords.looksLikeExplanation(peek)) {
                        j++;
                    }
                }
                case DEVIATION -> {
                    if (peek != null
                            && (FormWords.looksLikeDeviation(peek)
                                    || lookAhead && scored(columns) && !startsRow(cells, j, columns))) {
                        got.put(col, peek);
                        j++;
                    }
                }
            }
        }
        if (nature != null && nature.matches("定性|定量|正向|反向")) {
            nature = null; // the kind of target, not a comparator: the value says it all
        }
        if (nature != null || unit != null) {
            String number = got.getOrDefault(Column.TARGET, "");
            got.put(Column.TARGET, (nature == null ? "" : nature) + number + (unit == null ? "" : unit));
        }
        return new Values(got, name, j);
    }

    /** The cell ends the row: a tree name, a column label repeated on a new page, the next form, or the table's end. */
    private boolean stops(String cell) {
        String k = FormWords.key(cell);
        return FormWords.isEnd(k)
                || Head.isTitle(cell)
                || FormWords.isColumnWord(k)
                || tree(k, "", new ArrayList<>()) != null;
    }

    private static boolean scored(List<Column> columns) {
        return columns.contains(Column.WEIGHT) && columns.contains(Column.SCORE);
    }

    /** Whether a scored row (a name, then its 分值 and 得分 where the columns put them) starts at {@code at}. */
    private boolean startsRow(List<String> cells, int at, List<Column> columns) {
        if (at + 1 >= cells.size()) {
            return false;
        }
        Values v = values(cells, at, columns, false, "", new ArrayList<>());
        String target = v.cells().get(Column.TARGET);
        return v.cells().containsKey(Column.WEIGHT) && v.cells().containsKey(Column.SCORE)
                || target != null && targetLike(target);
    }

    /** Two plain numbers and then no third: the 分值 and 得分 of a row whose 实际完成值 was left empty. */
    private static boolean weightAndScoreOnly(List<String> cells, int j, List<Column> columns) {
        if (!columns.contains(Column.WEIGHT) || !columns.contains(Column.SCORE)) {
            return false;
        }
        int n = 0;
        while (j + n < cells.size() && ContentReader.isPlainNumber(cells.get(j + n))) {
            n++;
        }
        return n == 2;
    }

    /** Looks like a target value, not like the next indicator's name. */
    private boolean targetLike(String cell) {
        String c = cell.strip();
        return STARTS_LIKE_TARGET.matcher(c).matches()
                || c.length() <= SHORT_WORD && !c.matches(".*\\d.*")
                || !parser.parse(c).warnings().isEmpty()
                        && parser.parse(c).warnings().get(0).contains("period");
    }

    /** A 度量单位 cell: a unit the parser knows, or a short word that is no number and no qualitative value (万亩, 公顷). */
    private boolean isUnit(String cell) {
        String c = cell.strip();
        if (c.equals("%")) {
            return true;
        }
        var t = parser.parse("1" + c);
        if (!t.qualitative() && c.equals(t.unit())) {
            return true;
        }
        return c.length() <= SHORT_UNIT && !c.matches(".*[\\d≥≤=><].*") && !NOT_UNITS.contains(c);
    }

    /** {name, target} where the target is glued to the end of the name, else null. */
    static String[] glued(String name) {
        if (name == null) {
            return null;
        }
        Matcher m = GLUED_NUMBER.matcher(name);
        if (m.matches()) {
            return new String[] {m.group(1).strip(), m.group(2).strip()};
        }
        m = GLUED_WORDS.matcher(name);
        return m.matches() ? new String[] {m.group(1).strip(), m.group(2)} : null;
    }
}
