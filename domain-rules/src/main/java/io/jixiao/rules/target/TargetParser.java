package io.jixiao.rules.target;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a target value (目标值/指标值) as people write it in target tables: comparators in ASCII, full-width and word
 * forms, numbers with magnitude words, percents, units, ranges, qualitative words, compound values, and the OCR
 * misreadings of scanned tables, which it flags rather than hides. Never throws; the text is kept as written.
 */
public final class TargetParser {
    private static final BigDecimal TEN_THOUSAND = new BigDecimal(10_000);
    private static final BigDecimal HUNDRED_MILLION = new BigDecimal(100_000_000);
    private static final BigDecimal HUNDRED = new BigDecimal(100);
    /** Targets are stored as numeric(24,6): a number from 10^18 up is not a target anyone set, but a typing slip. */
    private static final BigDecimal TOO_LARGE = new BigDecimal("1e18");

    private static final int LONGEST_NUMBER = 30;

    /** Leading comparators, longest first so "≥" in "大于等于" is not read as "大于". */
    private static final List<Map.Entry<String, Comparator>> LEADING = List.of(
            Map.entry("大于或等于", Comparator.GE),
            Map.entry("小于或等于", Comparator.LE),
            Map.entry("大于等于", Comparator.GE),
            Map.entry("小于等于", Comparator.LE),
            Map.entry("不低于", Comparator.GE),
            Map.entry("不少于", Comparator.GE),
            Map.entry("不小于", Comparator.GE),
            Map.entry("不超过", Comparator.LE),
            Map.entry("不高于", Comparator.LE),
            Map.entry("不多于", Comparator.LE),
            Map.entry("不大于", Comparator.LE),
            Map.entry("至少", Comparator.GE),
            Map.entry("至多", Comparator.LE),
            Map.entry("大于", Comparator.GT),
            Map.entry("高于", Comparator.GT),
            Map.entry("超过", Comparator.GT),
            Map.entry("小于", Comparator.LT),
            Map.entry("低于", Comparator.LT),
            Map.entry("少于", Comparator.LT),
            Map.entry("等于", Comparator.EQ),
            Map.entry(">=", Comparator.GE),
            Map.entry("=>", Comparator.GE),
            Map.entry("<=", Comparator.LE),
            Map.entry("=<", Comparator.LE),
            Map.entry("==", Comparator.EQ),
            Map.entry("≥", Comparator.GE),
            Map.entry("≤", Comparator.LE),
            Map.entry(">", Comparator.GT),
            Map.entry("<", Comparator.LT),
            Map.entry("=", Comparator.EQ));

    /** Trailing comparator words: "100人以上", "10万元以内". */
    private static final List<Map.Entry<String, Comparator>> TRAILING = List.of(
            Map.entry("以上", Comparator.GE),
            Map.entry("以内", Comparator.LE),
            Map.entry("以下", Comparator.LE),
            Map.entry("之内", Comparator.LE));

    private static final Pattern NUMBER = Pattern.compile("^(\\d+(?:\\.\\d+)?)\\s*(万|亿)?");
    private static final Pattern RANGE_SEPARATOR = Pattern.compile("^\\s*(?:-|~|—|–|至|到)\\s*(?=\\d)");
    private static final Pattern SPACED_DECIMAL = Pattern.compile("(\\d)\\s*\\.\\s+(\\d)|(\\d)\\s+\\.\\s*(\\d)");
    private static final Pattern THOUSANDS = Pattern.compile("(\\d),(\\d{3})(?!\\d)");
    private static final Pattern OCR_W = Pattern.compile("^[Ww]\\s*(?=\\d)");
    private static final Pattern SEPARATORS = Pattern.compile("[;,、]");
    private static final Pattern DIGIT = Pattern.compile("\\d");
    /** A unit in Latin letters right after the number: 80M (metres, Mbps), 100Mbps, 5kW, 20m2 (㎡ after NFKC). */
    private static final Pattern LATIN_UNIT = Pattern.compile("^[A-Za-z][A-Za-z0-9²³]{0,5}(?:/[A-Za-z0-9]{1,4})?");
    /** A date, month or day precision: 2023.07, 2023-07, 2023/7/1, 2023年7月, 2023年7月1日. */
    private static final String DATE = "\\d{4}\\s*(?:[./-]|年)\\s*\\d{1,2}(?:\\s*(?:[./-]|月)\\s*\\d{1,2}\\s*日?|\\s*月)?";
    /** A period from one date to another: a time target (2023.07-2024.01), not a range of numbers. */
    private static final Pattern PERIOD =
            Pattern.compile("^(?:" + DATE + ")\\s*(?:-|~|—|–|至|到)\\s*(?:" + DATE + ")(?:\\s*(?:前|内|期间|完成))?$");
    /** OCR: a scanned ≥ read as "2" standing alone before the number: "2 90%". */
    private static final Pattern OCR_TWO = Pattern.compile("^2\\s+(?=\\d)");

    /** Parses a target; {@code satisfaction} says the indicator is a 满意度 one, where a bare "≥95" means 95 %. */
    public TargetValue parse(String text, boolean satisfaction) {
        String original = text == null ? "" : text;
        List<String> warnings = new ArrayList<>();
        String s = normalize(original);
        if (s.isEmpty()) {
            warnings.add("the target is empty");
            return qualitative(original, null, warnings);
        }
        if (s.contains("不涉及")) {
            return new TargetValue(
                    original,
                    Comparator.QUALITATIVE,
                    null,
                    null,
                    null,
                    null,
                    true,
                    true,
                    Direction.POSITIVE,
                    List.of(),
                    List.of());
        }
        if (PERIOD.matcher(s).matches()) {
            warnings.add("read as a period of time (" + s + "), not as a range of numbers");
            return qualitative(original, null, warnings);
        }
        Reading r = read(s, satisfaction, warnings);
        if (r != null && !DIGIT.matcher(r.qualifier == null ? "" : r.qualifier).find()) {
            return r.toValue(original, warnings, List.of());
        }
        if (DIGIT.matcher(s).find()) {
            return compound(original, s, satisfaction, warnings);
        }
        return qualitative(original, r == null ? leadingComparator(s, warnings).comparator : null, warnings);
    }

    public TargetValue parse(String text) {
        return parse(text, false);
    }

    /** The canonical form of a parsed target; parsing it again gives the same comparator, numbers and unit. */
    public static String format(TargetValue t) {
        if (t.qualitative() || t.comparator() == Comparator.QUALITATIVE) {
            return t.text().strip();
        }
        String unit = t.unit() == null ? "" : t.unit();
        String qualifier = t.qualifier() == null ? "" : t.qualifier();
        if (t.comparator() == Comparator.RANGE) {
            return plain(t.value()) + "-" + plain(t.upper()) + unit + qualifier;
        }
        return t.comparator().symbol + plain(t.value()) + unit + qualifier;
    }

    /** Full-width forms to ASCII (NFKC), one space for any run of spaces, OCR-split decimals joined: "1000000. 00". */
    static String normalize(String text) {
        String s = Normalizer.normalize(text, Normalizer.Form.NFKC)
                .replace('≧', '≥')
                .replace('≦', '≤')
                .replace('═', '=') // a box-drawing double line, printed for = by some forms (永德县 2022)
                .replace('；', ';')
                .replace('，', ',')
                .replace('。', ' ');
        s = s.replaceAll("\\s+", " ").strip();
        Matcher m = SPACED_DECIMAL.matcher(s);
        s = m.replaceAll(r -> r.group(1) != null ? r.group(1) + "." + r.group(2) : r.group(3) + "." + r.group(4));
        String before;
        do {
            before = s;
            s = THOUSANDS.matcher(s).replaceAll("$1$2");
        } while (!s.equals(before));
        return s;
    }

    /** A comparator, a number (or a range) and what follows it; null when no number follows the comparator. */
    private Reading read(String s, boolean satisfaction, List<String> warnings) {
        Lead lead = leadingComparator(s, warnings);
        String rest = lead.rest.strip();
        Quantity first = quantity(rest);
        if (first == null) {
            return null;
        }
        Reading r = new Reading();
        r.comparator = lead.comparator;
        r.value = first.value;
        r.unit = first.unit;
        String tail = rest.substring(first.end);
        Matcher range = RANGE_SEPARATOR.matcher(tail);
        if (range.find()) {
            Quantity upper = quantity(tail.substring(range.end()));
            if (upper != null) {
                r.comparator = Comparator.RANGE;
                r.upper = upper.value;
                r.unit = upper.unit != null ? upper.unit : first.unit;
                tail = tail.substring(range.end()).substring(upper.end);
            }
        }
        tail = tail.strip();
        for (Map.Entry<String, Comparator> t : TRAILING) {
            if (tail.startsWith(t.getKey()) && r.comparator == null) {
                r.comparator = t.getValue();
                tail = tail.substring(t.getKey().length()).strip();
            }
        }
        r.qualifier = tail.isEmpty() ? null : tail;
        if (r.comparator == null) {
            r.comparator =
                    Comparator.EQ; // a bare number: the value itself, scored like ≥ when the indicator is positive
            ocrGreaterEqual(r, rest, satisfaction, warnings);
        }
        if (satisfaction && r.unit == null && r.value.compareTo(HUNDRED) <= 0) {
            r.unit = "%"; // 满意度 ≥95 means 95 %
        }
        return r;
    }

    /**
     * "290%" in an OCR text is "≥90%" with ≥ read as 2: a percent above 100 that starts with 2; so is "295" for a
     * 满意度 indicator, where a bare number is a percent.
     */
    private static void ocrGreaterEqual(Reading r, String rest, boolean satisfaction, List<String> warnings) {
        boolean percent = "%".equals(r.unit) || satisfaction && r.unit == null;
        if (!percent || r.value.compareTo(HUNDRED) <= 0 || !rest.startsWith("2")) {
            return;
        }
        int end = rest.indexOf('%') >= 0
                ? rest.indexOf('%')
                : (int) rest.chars()
                        .takeWhile(c -> c == '.' || Character.isDigit(c))
                        .count();
        String digits = rest.substring(1, end).strip();
        if (!digits.matches("[1-9]\\d*(\\.\\d+)?")) {
            return;
        }
        BigDecimal guessed = new BigDecimal(digits);
        if (guessed.compareTo(HUNDRED) <= 0) {
            warnings.add("read \""
                    + rest.substring(0, Math.min(rest.length(), end + 1)).strip() + "\" as \"≥" + plain(guessed)
                    + "%\": a scanned ≥ often comes out as 2");
            r.comparator = Comparator.GE;
            r.value = guessed;
        }
    }

    private static Lead leadingComparator(String s, List<String> warnings) {
        for (Map.Entry<String, Comparator> e : LEADING) {
            if (s.startsWith(e.getKey())) {
                return new Lead(e.getValue(), s.substring(e.getKey().length()));
            }
        }
        Matcher w = OCR_W.matcher(s);
        if (w.find()) {
            warnings.add("read \"" + s.charAt(0) + "\" at the start as \"≤\": a scanned ≤ often comes out as W");
            return new Lead(Comparator.LE, s.substring(w.end()));
        }
        Matcher two = OCR_TWO.matcher(s);
        if (two.find()) {
            warnings.add("read \"2\" standing before the number as \"≥\": a scanned ≥ often comes out as 2");
            return new Lead(Comparator.GE, s.substring(two.end()));
        }
        return new Lead(null, s);
    }

    /** A number with its magnitude word and unit: "1 万" = 10000, "5万元" = 5 万元, "100人次". */
    private static Quantity quantity(String s) {
        Matcher m = NUMBER.matcher(s);
        if (!m.find()) {
            return null;
        }
        if (m.group(1).length() > LONGEST_NUMBER) {
            return null; // kept as text: parsing tens of thousands of digits costs quadratic time for nothing
        }
        BigDecimal value = new BigDecimal(m.group(1));
        String after = s.substring(m.end());
        String magnitude = m.group(2);
        String unit = null;
        if (magnitude != null && after.startsWith("元")) {
            unit = magnitude + "元"; // 万元 and 亿元 are units of their own
            after = after.substring(1);
        } else if (magnitude != null) {
            value = value.multiply(magnitude.equals("万") ? TEN_THOUSAND : HUNDRED_MILLION);
        }
        if (value.compareTo(TOO_LARGE) >= 0) {
            return null;
        }
        String spaced = after.stripLeading();
        if (unit == null) {
            unit = Units.prefixOf(spaced);
            after = unit == null ? after : spaced.substring(unit.length());
        }
        Matcher latin = LATIN_UNIT.matcher(after);
        if (unit == null && latin.find()) {
            unit = latin.group(); // written right after the number: 80M, 100Mbps
            after = after.substring(latin.end());
        }
        return new Quantity(value, unit, s.length() - after.length());
    }

    /** Several values in one cell ("市级960元/人年; 省级1200元/人年"): each becomes a part; the first leads. */
    private TargetValue compound(String original, String s, boolean satisfaction, List<String> warnings) {
        List<TargetValue.Part> parts = new ArrayList<>();
        Reading lead = null;
        for (String segment : SEPARATORS.split(s)) {
            Matcher digit = DIGIT.matcher(segment);
            if (!digit.find()) {
                continue;
            }
            int start = labelEnd(segment, digit.start());
            Reading r = read(segment.substring(start).strip(), satisfaction, warnings);
            if (r == null) {
                continue;
            }
            parts.add(
                    new TargetValue.Part(segment.substring(0, start).strip(), r.comparator, r.value, r.upper, r.unit));
            lead = lead == null ? r : lead;
        }
        if (lead == null) {
            return qualitative(original, null, warnings);
        }
        if (parts.size() > 1) {
            warnings.add(
                    "the target holds " + parts.size() + " values; the first one is scored, all are kept as parts");
        }
        return lead.toValue(original, warnings, parts);
    }

    /** Where the words in front of a value end: before its comparator if it has one, else before its first digit. */
    private static int labelEnd(String segment, int firstDigit) {
        int end = firstDigit;
        for (Map.Entry<String, Comparator> e : LEADING) {
            int at = segment.lastIndexOf(e.getKey(), firstDigit);
            if (at >= 0
                    && segment.substring(at + e.getKey().length(), firstDigit).isBlank()
                    && at < end) {
                end = at;
            }
        }
        return end;
    }

    private static TargetValue qualitative(String original, Comparator hint, List<String> warnings) {
        Direction direction = hint == null ? Direction.POSITIVE : hint.naturalDirection();
        return new TargetValue(
                original,
                Comparator.QUALITATIVE,
                null,
                null,
                null,
                null,
                true,
                false,
                direction,
                List.copyOf(warnings),
                List.of());
    }

    static String plain(BigDecimal b) {
        return b == null ? "" : b.stripTrailingZeros().toPlainString();
    }

    private record Lead(Comparator comparator, String rest) {}

    private record Quantity(BigDecimal value, String unit, int end) {}

    private static final class Reading {
        Comparator comparator;
        BigDecimal value;
        BigDecimal upper;
        String unit;
        String qualifier;

        TargetValue toValue(String original, List<String> warnings, List<TargetValue.Part> parts) {
            return new TargetValue(
                    original,
                    comparator,
                    value,
                    upper,
                    unit,
                    qualifier,
                    false,
                    false,
                    comparator.naturalDirection(),
                    List.copyOf(warnings),
                    List.copyOf(parts));
        }
    }
}
