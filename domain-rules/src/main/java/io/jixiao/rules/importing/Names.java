package io.jixiao.rules.importing;

import java.util.regex.Pattern;

/** Small text rules shared by the readers. */
final class Names {
    private static final Pattern NUMBERING = Pattern.compile("^指标\\s*\\d+\\s*[:：]\\s*");
    private static final Pattern PLACEHOLDER = Pattern.compile("^[.…。·\\s]*$");

    private Names() {}

    /** "指标1：受助职工满意度" → "受助职工满意度": the form's numbering is not part of the name. */
    static String indicatorName(String cell) {
        if (cell == null) {
            return null;
        }
        String n = NUMBERING.matcher(cell.strip()).replaceFirst("").strip();
        return n.isEmpty() || PLACEHOLDER.matcher(n).matches() ? null : n;
    }

    /** A cell numbered like a 三级 indicator ("指标 1:"), with or without a name after it. */
    static boolean isNumbered(String cell) {
        return cell != null && NUMBERING.matcher(cell.strip()).find();
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
