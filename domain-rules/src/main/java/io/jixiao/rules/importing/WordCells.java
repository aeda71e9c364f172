package io.jixiao.rules.importing;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a Word table flattened one cell per line (seed 002) into rows of cells: rows are separated by blank lines, a
 * line starting with a tab opens a cell, a line without one continues the cell above ("项目资金" + "（万元）").
 */
final class WordCells {
    private WordCells() {}

    static List<List<String>> rows(String text) {
        List<List<String>> rows = new ArrayList<>();
        List<StringBuilder> cur = new ArrayList<>();
        for (String line : text.split("\r?\n", -1)) {
            if (line.isBlank() && !line.startsWith("\t")) {
                close(cur, rows);
                cur = new ArrayList<>();
            } else if (line.startsWith("\t") || cur.isEmpty()) {
                cur.add(new StringBuilder(line.strip()));
            } else {
                cur.get(cur.size() - 1).append(line.strip());
            }
        }
        close(cur, rows);
        return rows;
    }

    private static void close(List<StringBuilder> cur, List<List<String>> rows) {
        if (!cur.isEmpty()) {
            rows.add(cur.stream().map(StringBuilder::toString).toList());
        }
    }

    /** Most non-blank lines are single cells opened by a tab. */
    static boolean recognises(String text) {
        long lines = text.lines().filter(l -> !l.isBlank()).count();
        long cells = text.lines()
                .filter(l -> l.startsWith("\t") && l.indexOf('\t', 1) < 0 && !l.isBlank())
                .count();
        return lines > 0 && cells * 2 > lines;
    }

    static String cell(List<String> row, int i) {
        return i >= 0 && i < row.size() ? row.get(i) : "";
    }

    static boolean allBlank(List<String> row) {
        return row.stream().allMatch(String::isBlank);
    }

    /** The value printed right of a label cell in any of these rows, or null. */
    static String after(List<List<String>> rows, String label) {
        for (List<String> r : rows) {
            for (int i = 0; i + 1 < r.size(); i++) {
                if (r.get(i).replaceAll("\\s", "").equals(label)) {
                    return Names.blankToNull(r.get(i + 1));
                }
            }
        }
        return null;
    }

    static int indexOf(List<String> row, String text) {
        for (int i = 0; i < row.size(); i++) {
            if (row.get(i).replaceAll("\\s", "").contains(text)) {
                return i;
            }
        }
        return -1;
    }
}
