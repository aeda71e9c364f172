package io.jixiao.rules.target;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Target values from other cities' published tables (issue 16) that the seed forms do not have, with what they must
 * parse to; the columns are those of {@link TargetParserSeedTest}, plus the warning expected (or "-" for none).
 */
class TargetParserOtherCitiesTest {
    private static final String TABLE = """
            ≥80M          ‖ n ‖ GE ‖ 80  ‖ - ‖ M    ‖ -  ‖ POSITIVE ‖ -
            ≥100Mbps      ‖ n ‖ GE ‖ 100 ‖ - ‖ Mbps ‖ -  ‖ POSITIVE ‖ -
            ≤5kW          ‖ n ‖ LE ‖ 5   ‖ - ‖ kW   ‖ -  ‖ REVERSE  ‖ -
            =0起          ‖ n ‖ EQ ‖ 0   ‖ - ‖ 起   ‖ -  ‖ POSITIVE ‖ -
            0起           ‖ n ‖ EQ ‖ 0   ‖ - ‖ 起   ‖ -  ‖ POSITIVE ‖ -
            ≤1宗          ‖ n ‖ LE ‖ 1   ‖ - ‖ 宗   ‖ -  ‖ REVERSE  ‖ -
            2 90%         ‖ n ‖ GE ‖ 90  ‖ - ‖ %    ‖ -  ‖ POSITIVE ‖ read "2" standing before the number as "≥"
            295           ‖ y ‖ GE ‖ 95  ‖ - ‖ %    ‖ -  ‖ POSITIVE ‖ as "≥95%"
            W5天          ‖ n ‖ LE ‖ 5   ‖ - ‖ 天   ‖ -  ‖ REVERSE  ‖ read "W" at the start as "≤"
            """;

    /** Periods of time: a time target, never a range of numbers. */
    private static final String PERIODS = """
            2023.07-2024.01
            2023.7—2023.12
            2023年7月-2023年12月
            2023年7月至2024年1月
            2023/07/01-2023/12/31
            2023-07~2023-12
            2023.01-2023.12前
            """;

    private final TargetParser parser = new TargetParser();

    static Stream<String[]> rows() {
        return TABLE.lines()
                .filter(l -> !l.isBlank())
                .map(l ->
                        java.util.Arrays.stream(l.split("‖")).map(String::strip).toArray(String[]::new));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void targetsOfOtherCitiesParseToTheirMeaning(
            String text,
            String satisfaction,
            String comparator,
            String value,
            String upper,
            String unit,
            String qualifier,
            String direction,
            String warning) {
        TargetValue t = parser.parse(text, satisfaction.equals("y"));
        assertEquals(Comparator.valueOf(comparator), t.comparator(), "comparator");
        assertEquals(0, new java.math.BigDecimal(value).compareTo(t.value()), "value: " + t.value());
        assertEquals(
                upper.equals("-") ? null : upper,
                t.upper() == null ? null : t.upper().toPlainString());
        assertEquals(unit, t.unit(), "unit");
        assertEquals(qualifier.equals("-") ? null : qualifier, t.qualifier(), "qualifier");
        assertEquals(Direction.valueOf(direction), t.direction(), "direction");
        if (warning.equals("-")) {
            assertEquals(java.util.List.of(), t.warnings());
        } else {
            assertTrue(
                    String.join(" ", t.warnings()).contains(warning),
                    t.warnings().toString());
        }
    }

    static Stream<String> periods() {
        return PERIODS.lines().map(String::strip).filter(l -> !l.isEmpty());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("periods")
    void aPeriodIsATimeTargetNotARangeOfNumbers(String text) {
        TargetValue t = parser.parse(text);
        assertEquals(Comparator.QUALITATIVE, t.comparator(), "comparator");
        assertTrue(t.qualitative());
        assertEquals(null, t.value());
        assertEquals(text, t.text());
        assertTrue(t.warnings().get(0).contains("period of time"), t.warnings().toString());
    }
}
