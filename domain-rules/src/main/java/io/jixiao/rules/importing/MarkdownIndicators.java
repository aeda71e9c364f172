package io.jixiao.rules.importing;

import java.util.ArrayList;
import java.util.List;

/**
 * The indicator rows of seed 003's layout, split into the mid-term (left) and annual (right) target sets. A row's
 * cells are read by kind: framework names, the numbered 三级 name, then its 指标值 and 绩效标准; the annual half starts
 * at the first name or 三级 after a value. A row holding only a fragment continues a cell of the row above.
 */
final class MarkdownIndicators {
    private final Levels levels;
    private final String where;
    private final List<String> warnings;

    MarkdownIndicators(Levels levels, String where, List<String> warnings) {
        this.levels = levels;
        this.where = where;
        this.warnings = warnings;
    }

    /** One half of a row, still editable while the rows are read. */
    private static final class Half {
        String level2;
        String name;
        List<String> values = new ArrayList<>();
    }

    @SuppressWarnings("unchecked")
    List<ImportedTable.Indicator>[] read(List<List<String>> rows) {
        List<Half[]> read = new ArrayList<>();
        for (List<String> cells : rows) {
            boolean named = cells.stream().anyMatch(c -> Names.isNumbered(c) || levels.isLevel2(c));
            if (!named) {
                if (read.isEmpty()) {
                    warnings.add(where + ": \"" + String.join(" ", cells)
                            + "\" comes before any indicator and was left out");
                } else {
                    continueCell(read.get(read.size() - 1), cells);
                }
                continue;
            }
            read.add(split(cells));
        }
        return new List[] {tree(read, 0), tree(read, 1)};
    }

    private Half[] split(List<String> cells) {
        Half[] halves = {new Half(), new Half()};
        int h = 0;
        for (String c : cells) {
            boolean isName = Names.isNumbered(c);
            boolean isLevel2 = levels.isLevel2(c);
            if (h == 0 && !halves[0].values.isEmpty() && (isName || isLevel2)) {
                h = 1;
            }
            Half half = halves[h];
            if (levels.isLevel1(c)) {
                continue; // 一级 follows from the 二级 in the framework
            }
            if (isLevel2) {
                if (half.level2 != null && !half.level2.equals(c)) {
                    warnings.add(where + ": a row names two 二级指标 (" + half.level2 + ", " + c + "); read " + c);
                }
                half.level2 = c;
            } else if (isName && half.name == null) {
                half.name = Names.indicatorName(c);
            } else if (half.name == null) {
                warnings.add(where + ": \"" + c + "\" stands where a 一级/二级 name belongs and is not one; left out");
            } else {
                half.values.add(c);
            }
        }
        return halves;
    }

    /** A cell broken by a page: the fragment completes the value it makes equal to its twin in the other half. */
    private void continueCell(Half[] previous, List<String> fragments) {
        for (String f : fragments) {
            boolean placed = false;
            for (int h = 0; h < 2 && !placed; h++) {
                List<String> values = previous[h].values;
                for (int i = 0; i < values.size() && !placed; i++) {
                    String joined = values.get(i) + f;
                    if (previous[1 - h].values.contains(joined)) {
                        values.set(i, joined);
                        placed = true;
                    }
                }
            }
            if (!placed && !previous[0].values.isEmpty()) {
                List<String> v = previous[0].values;
                v.set(v.size() - 1, v.get(v.size() - 1) + f);
            }
            warnings.add(
                    where + ": a line holding only \"" + f + "\" was read as the end of a cell broken by the page");
        }
    }

    private List<ImportedTable.Indicator> tree(List<Half[]> rows, int h) {
        List<ImportedTable.Indicator> out = new ArrayList<>();
        String level2 = null;
        for (Half[] row : rows) {
            Half half = row[h];
            Half other = row[1 - h];
            if (half.level2 == null
                    && other.level2 != null
                    && !other.level2.equals(level2)
                    && half.name != null
                    && half.name.equals(other.name)) {
                warnings.add(where + ": " + half.name + " has no 二级 in the " + (h == 0 ? "mid-term" : "annual")
                        + " half; read under " + other.level2 + " as in the other half");
                level2 = other.level2;
            } else if (half.level2 != null) {
                level2 = half.level2;
            }
            if (half.name == null && half.level2 == null) {
                continue;
            }
            String target = half.values.isEmpty() ? null : half.values.get(0);
            String standard = half.values.size() > 1 ? half.values.get(1) : null;
            out.add(new ImportedTable.Indicator(levels.ownerOf(level2), level2, half.name, target, standard, null));
        }
        return out;
    }
}
