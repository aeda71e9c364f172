package io.jixiao.rules.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A document's text as a sequence of cells, whatever separated them: `|` (tables copied from a web page, Markdown
 * pipes), tabs, line breaks, runs of spaces, or single spaces where a whole form was flattened onto one line (a Word
 * file's text dumped by a crawler). Empty cells are dropped: a merged or empty cell has no reliable place once the
 * layout is gone, so the reader recognises cells by what they say, not by where they stand. Plain Java.
 */
final class TextCells {
    private static final Pattern SPACES = Pattern.compile("[ \\u3000\\u00a0]{2,}");
    private static final Pattern ANY_SPACE = Pattern.compile("[ \\u3000\\u00a0]+");
    /** A line this long with this many spaces is a flattened form, not a sentence. */
    private static final int FLATTENED_LENGTH = 120;

    private static final int FLATTENED_SPACES = 10;
    /** A line this short without a `|` in a `|` table is the start of a cell that wraps onto the next line. */
    private static final int WRAPPED_LINE = 12;

    private TextCells() {}

    static List<String> of(String text) {
        List<String> lines = text.lines().toList();
        long piped = lines.stream().filter(l -> l.indexOf('|') >= 0).count();
        if (piped >= 3) {
            lines = continued(lines);
        }
        List<String> cells = new ArrayList<>();
        for (String line : lines) {
            for (String part : split(line, piped >= 3)) {
                String c = part.strip();
                if (!c.isEmpty() && !c.matches("[-:|\\s]+")) { // a Markdown rule line (|---|---|) is no cell
                    cells.add(c);
                }
            }
        }
        return cells;
    }

    /**
     * A cell whose text wraps inside a `|` table arrives as short lines without a `|` ("绩", "效", "指", "标 |"): they
     * are one cell and are joined to the line that closes it.
     */
    private static List<String> continued(List<String> lines) {
        List<String> out = new ArrayList<>();
        StringBuilder open = new StringBuilder();
        for (String line : lines) {
            String l = line.strip();
            if (l.indexOf('|') < 0 && !l.isEmpty() && l.length() <= WRAPPED_LINE && !l.endsWith("。")) {
                open.append(l);
                continue;
            }
            boolean closes = l.indexOf('|') >= 0;
            if (open.length() > 0 && closes) {
                out.add(open + l);
            } else {
                if (open.length() > 0) {
                    out.add(open.toString());
                }
                out.add(l);
            }
            open.setLength(0);
        }
        if (open.length() > 0) {
            out.add(open.toString());
        }
        return out;
    }

    private static String[] split(String line, boolean piped) {
        if (piped) {
            return line.split("[|\\t]");
        }
        if (line.indexOf('\t') >= 0) {
            return line.split("\\t");
        }
        long spaces = ANY_SPACE.matcher(line).results().count();
        if (line.length() >= FLATTENED_LENGTH && spaces >= FLATTENED_SPACES) {
            return ANY_SPACE.split(line);
        }
        return SPACES.split(line);
    }
}
