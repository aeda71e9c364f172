package io.jixiao.rules.target;

import java.math.BigDecimal;
import java.util.List;

/**
 * A parsed target value (目标值/指标值). {@code text} is the legal record and is always the input exactly as written;
 * everything else is what the parser read from it.
 *
 * @param text          the target as written, unchanged
 * @param comparator    EQ, GE, LE, GT, LT, RANGE or QUALITATIVE
 * @param value         the number (the lower bound of a range), after magnitude words: "≥1 万" gives 10000
 * @param upper         the upper bound of a range, else null
 * @param unit          人, 人次, 万元, 元/人, %, ... or null
 * @param qualifier     words that follow the number and are no unit ("全年", "低保"), else null
 * @param qualitative   true when the target is words only (合理, 健全, 及时, ...)
 * @param notApplicable true for 此指标不涉及: the indicator is dropped when scoring
 * @param direction     POSITIVE or REVERSE
 * @param warnings      what the parser had to guess (OCR misreadings, several values), in words a person understands
 * @param parts         the separate values of a compound target ("市级960元/人年; 省级1200元/人年"), else empty
 */
public record TargetValue(
        String text,
        Comparator comparator,
        BigDecimal value,
        BigDecimal upper,
        String unit,
        String qualifier,
        boolean qualitative,
        boolean notApplicable,
        Direction direction,
        List<String> warnings,
        List<Part> parts) {

    /** One value of a compound target, with the words in front of it ("市级", "财政补助"). */
    public record Part(String label, Comparator comparator, BigDecimal value, BigDecimal upper, String unit) {}

    public boolean isPercent() {
        return "%".equals(unit);
    }
}
