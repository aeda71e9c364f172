package io.jixiao.rules.target;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every target value that appears in the four seed documents (and the OCR forms docs/domain.md names), with what it must
 * parse to. Columns: text ‖ 满意度? ‖ comparator ‖ value ‖ upper ‖ unit ‖ qualifier ‖ direction. "-" is null.
 */
class TargetParserSeedTest {
    private static final String TABLE = """
            =100%                  ‖ n ‖ EQ          ‖ 100     ‖ -     ‖ %     ‖ -    ‖ POSITIVE
            =5人                   ‖ n ‖ EQ          ‖ 5       ‖ -     ‖ 人    ‖ -    ‖ POSITIVE
            =200人                 ‖ n ‖ EQ          ‖ 200     ‖ -     ‖ 人    ‖ -    ‖ POSITIVE
            =2000人                ‖ n ‖ EQ          ‖ 2000    ‖ -     ‖ 人    ‖ -    ‖ POSITIVE
            100%                   ‖ n ‖ EQ          ‖ 100     ‖ -     ‖ %     ‖ -    ‖ POSITIVE
            >90%                   ‖ y ‖ GT          ‖ 90      ‖ -     ‖ %     ‖ -    ‖ POSITIVE
            ≥200000                ‖ n ‖ GE          ‖ 200000  ‖ -     ‖ -     ‖ -    ‖ POSITIVE
            ≥500                   ‖ n ‖ GE          ‖ 500     ‖ -     ‖ -     ‖ -    ‖ POSITIVE
            ≥100                   ‖ n ‖ GE          ‖ 100     ‖ -     ‖ -     ‖ -    ‖ POSITIVE
            ≥4000                  ‖ n ‖ GE          ‖ 4000    ‖ -     ‖ -     ‖ -    ‖ POSITIVE
            =75                    ‖ n ‖ EQ          ‖ 75      ‖ -     ‖ -     ‖ -    ‖ POSITIVE
            ≥95%                   ‖ n ‖ GE          ‖ 95      ‖ -     ‖ %     ‖ -    ‖ POSITIVE
            ≥95                    ‖ y ‖ GE          ‖ 95      ‖ -     ‖ %     ‖ -    ‖ POSITIVE
            ≥95                    ‖ n ‖ GE          ‖ 95      ‖ -     ‖ -     ‖ -    ‖ POSITIVE
            ≥350                   ‖ n ‖ GE          ‖ 350     ‖ -     ‖ -     ‖ -    ‖ POSITIVE
            75                     ‖ n ‖ EQ          ‖ 75      ‖ -     ‖ -     ‖ -    ‖ POSITIVE
            15                     ‖ n ‖ EQ          ‖ 15      ‖ -     ‖ -     ‖ -    ‖ POSITIVE
            400                    ‖ n ‖ EQ          ‖ 400     ‖ -     ‖ -     ‖ -    ‖ POSITIVE
            433                    ‖ n ‖ EQ          ‖ 433     ‖ -     ‖ -     ‖ -    ‖ POSITIVE
            67                     ‖ n ‖ EQ          ‖ 67      ‖ -     ‖ -     ‖ -    ‖ POSITIVE
            90%                    ‖ y ‖ EQ          ‖ 90      ‖ -     ‖ %     ‖ -    ‖ POSITIVE
            95%                    ‖ y ‖ EQ          ‖ 95      ‖ -     ‖ %     ‖ -    ‖ POSITIVE
            7                      ‖ n ‖ EQ          ‖ 7       ‖ -     ‖ -     ‖ -    ‖ POSITIVE
            53人                   ‖ n ‖ EQ          ‖ 53      ‖ -     ‖ 人    ‖ -    ‖ POSITIVE
            58人                   ‖ n ‖ EQ          ‖ 58      ‖ -     ‖ 人    ‖ -    ‖ POSITIVE
            223人                  ‖ n ‖ EQ          ‖ 223     ‖ -     ‖ 人    ‖ -    ‖ POSITIVE
            225人                  ‖ n ‖ EQ          ‖ 225     ‖ -     ‖ 人    ‖ -    ‖ POSITIVE
            14人                   ‖ n ‖ EQ          ‖ 14      ‖ -     ‖ 人    ‖ -    ‖ POSITIVE
            24人                   ‖ n ‖ EQ          ‖ 24      ‖ -     ‖ 人    ‖ -    ‖ POSITIVE
            26人                   ‖ n ‖ EQ          ‖ 26      ‖ -     ‖ 人    ‖ -    ‖ POSITIVE
            83.224                 ‖ n ‖ EQ          ‖ 83.224  ‖ -     ‖ -     ‖ -    ‖ POSITIVE
            ≥20                    ‖ n ‖ GE          ‖ 20      ‖ -     ‖ -     ‖ -    ‖ POSITIVE
            ≥70                    ‖ n ‖ GE          ‖ 70      ‖ -     ‖ -     ‖ -    ‖ POSITIVE
            ≥234                   ‖ n ‖ GE          ‖ 234     ‖ -     ‖ -     ‖ -    ‖ POSITIVE
            ≥15                    ‖ n ‖ GE          ‖ 15      ‖ -     ‖ -     ‖ -    ‖ POSITIVE
            ≥30                    ‖ n ‖ GE          ‖ 30      ‖ -     ‖ -     ‖ -    ‖ POSITIVE
            1000-6000元/人         ‖ n ‖ RANGE       ‖ 1000    ‖ 6000  ‖ 元/人 ‖ -    ‖ POSITIVE
            500-10000元/人         ‖ n ‖ RANGE       ‖ 500     ‖ 10000 ‖ 元/人 ‖ -    ‖ POSITIVE
            3000-7000元/人         ‖ n ‖ RANGE       ‖ 3000    ‖ 7000  ‖ 元/人 ‖ -    ‖ POSITIVE
            5000-30000元/人        ‖ n ‖ RANGE       ‖ 5000    ‖ 30000 ‖ 元/人 ‖ -    ‖ POSITIVE
            市级960元/人年; 省级1200元/人年; 全国级1800元/人年 ‖ n ‖ EQ ‖ 960 ‖ - ‖ 元/人年 ‖ - ‖ POSITIVE
            ≥100人                 ‖ n ‖ GE          ‖ 100     ‖ -     ‖ 人    ‖ -    ‖ POSITIVE
            ≥130人                 ‖ n ‖ GE          ‖ 130     ‖ -     ‖ 人    ‖ -    ‖ POSITIVE
            ≥490人                 ‖ n ‖ GE          ‖ 490     ‖ -     ‖ 人    ‖ -    ‖ POSITIVE
            ≤1500元/人年           ‖ n ‖ LE          ‖ 1500    ‖ -     ‖ 元/人年 ‖ -  ‖ REVERSE
            ≤3000元/人年           ‖ n ‖ LE          ‖ 3000    ‖ -     ‖ 元/人年 ‖ -  ‖ REVERSE
            ≤1000元/人年           ‖ n ‖ LE          ‖ 1000    ‖ -     ‖ 元/人年 ‖ -  ‖ REVERSE
            ≥1 万                  ‖ n ‖ GE          ‖ 10000   ‖ -     ‖ -     ‖ -    ‖ POSITIVE
            2023 全年              ‖ n ‖ EQ          ‖ 2023    ‖ -     ‖ -     ‖ 全年 ‖ POSITIVE
            个人和单位各 50 元/人, 财政补助 100 元/人 ‖ n ‖ EQ ‖ 50 ‖ - ‖ 元/人 ‖ - ‖ POSITIVE
            个人和单位各 50 元/人, 财政补助 100 元/ ‖ n ‖ EQ ‖ 50 ‖ - ‖ 元/人 ‖ - ‖ POSITIVE
            200 元/人              ‖ n ‖ EQ          ‖ 200     ‖ -     ‖ 元/人 ‖ -    ‖ POSITIVE
            ≥5万                   ‖ n ‖ GE          ‖ 50000   ‖ -     ‖ -     ‖ -    ‖ POSITIVE
            ≥5万元                 ‖ n ‖ GE          ‖ 5       ‖ -     ‖ 万元  ‖ -    ‖ POSITIVE
            ≥5场                   ‖ n ‖ GE          ‖ 5       ‖ -     ‖ 场    ‖ -    ‖ POSITIVE
            =5 万元                ‖ n ‖ EQ          ‖ 5       ‖ -     ‖ 万元  ‖ -    ‖ POSITIVE
            ≥100人次               ‖ n ‖ GE          ‖ 100     ‖ -     ‖ 人次  ‖ -    ‖ POSITIVE
            ≥10 份                 ‖ n ‖ GE          ‖ 10      ‖ -     ‖ 份    ‖ -    ‖ POSITIVE
            ≥ 10 份                ‖ n ‖ GE          ‖ 10      ‖ -     ‖ 份    ‖ -    ‖ POSITIVE
            ≤10 万元               ‖ n ‖ LE          ‖ 10      ‖ -     ‖ 万元  ‖ -    ‖ REVERSE
            ≤ 10 万元              ‖ n ‖ LE          ‖ 10      ‖ -     ‖ 万元  ‖ -    ‖ REVERSE
            ≥ 90%                  ‖ n ‖ GE          ‖ 90      ‖ -     ‖ %     ‖ -    ‖ POSITIVE
            ≥90%                   ‖ n ‖ GE          ‖ 90      ‖ -     ‖ %     ‖ -    ‖ POSITIVE
            ≥96%                   ‖ n ‖ GE          ‖ 96      ‖ -     ‖ %     ‖ -    ‖ POSITIVE
            ≥99%                   ‖ n ‖ GE          ‖ 99      ‖ -     ‖ %     ‖ -    ‖ POSITIVE
            ≤1 年                  ‖ n ‖ LE          ‖ 1       ‖ -     ‖ 年    ‖ -    ‖ REVERSE
            不超过 12 个月低保     ‖ n ‖ LE          ‖ 12      ‖ -     ‖ 个月  ‖ 低保 ‖ REVERSE
            不超过 10 个月低保     ‖ n ‖ LE          ‖ 10      ‖ -     ‖ 个月  ‖ 低保 ‖ REVERSE
            ≥ 100 万               ‖ n ‖ GE          ‖ 1000000 ‖ -     ‖ -     ‖ -    ‖ POSITIVE
            ≤ 100 万               ‖ n ‖ LE          ‖ 1000000 ‖ -     ‖ -     ‖ -    ‖ REVERSE
            97%                    ‖ y ‖ EQ          ‖ 97      ‖ -     ‖ %     ‖ -    ‖ POSITIVE
            98%                    ‖ y ‖ EQ          ‖ 98      ‖ -     ‖ %     ‖ -    ‖ POSITIVE
            1000000. 00            ‖ n ‖ EQ          ‖ 1000000.00 ‖ - ‖ -     ‖ -    ‖ POSITIVE
            290%                   ‖ n ‖ GE          ‖ 90      ‖ -     ‖ %     ‖ -    ‖ POSITIVE
            W 10万元               ‖ n ‖ LE          ‖ 10      ‖ -     ‖ 万元  ‖ -    ‖ REVERSE
            ≥ 10                   ‖ n ‖ GE          ‖ 10      ‖ -     ‖ -     ‖ -    ‖ POSITIVE
            >=90%                  ‖ n ‖ GE          ‖ 90      ‖ -     ‖ %     ‖ -    ‖ POSITIVE
            ＞90％                 ‖ n ‖ GT          ‖ 90      ‖ -     ‖ %     ‖ -    ‖ POSITIVE
            ≥１０人                ‖ n ‖ GE          ‖ 10      ‖ -     ‖ 人    ‖ -    ‖ POSITIVE
            不低于95%              ‖ n ‖ GE          ‖ 95      ‖ -     ‖ %     ‖ -    ‖ POSITIVE
            不少于100人            ‖ n ‖ GE          ‖ 100     ‖ -     ‖ 人    ‖ -    ‖ POSITIVE
            至少3次                ‖ n ‖ GE          ‖ 3       ‖ -     ‖ 次    ‖ -    ‖ POSITIVE
            不高于5万元            ‖ n ‖ LE          ‖ 5       ‖ -     ‖ 万元  ‖ -    ‖ REVERSE
            10万元以内             ‖ n ‖ LE          ‖ 10      ‖ -     ‖ 万元  ‖ -    ‖ REVERSE
            <5天                   ‖ n ‖ LT          ‖ 5       ‖ -     ‖ 天    ‖ -    ‖ REVERSE
            1,000,000元            ‖ n ‖ EQ          ‖ 1000000 ‖ -     ‖ 元    ‖ -    ‖ POSITIVE
            """;

    /** Words-only targets from the seeds: qualitative, kept as written. */
    private static final String QUALITATIVE = """
            合理 健全 合规 有效 完备 可控 及时 得到提高 得到调动 是 规范 足额到位 按标准执行 不产生经济效益 较大 较高 全年
            促进社会和谐稳定 较好 完成培训任务 按要求开展 全年内 较快 显著提高 推进帮扶工作常态化 按照建档在册实际情况
            影响程度明显 按时 按计划时间完成 严格执行有关财经法规制度 按标准支付 可持续影响较大 成为医疗保障体系的重要补充
            对因病致困的职工医药费负担有一定降低 按文件要求筹集资金,精确审核,按时给予补助 减轻职工医药费负担,增强职工抵御重病能力
            将党和政府的温暖送到各级劳模之间，不断弘扬劳模精神，不断提高劳模的影响力
            """;

    private final TargetParser parser = new TargetParser();

    static Stream<String[]> rows() {
        return TABLE.lines()
                .filter(l -> !l.isBlank())
                .map(l -> Arrays.stream(l.split("‖")).map(String::strip).toArray(String[]::new));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void seedTargetsParseToTheirMeaning(
            String text,
            String satisfaction,
            String comparator,
            String value,
            String upper,
            String unit,
            String qualifier,
            String direction) {
        TargetValue t = parser.parse(text, satisfaction.equals("y"));
        assertEquals(text, t.text(), "the text is kept as written");
        assertEquals(Comparator.valueOf(comparator), t.comparator(), "comparator");
        assertDecimal(value, t.value(), "value");
        assertDecimal(upper, t.upper(), "upper");
        assertEquals(nullable(unit), t.unit(), "unit");
        assertEquals(nullable(qualifier), t.qualifier(), "qualifier");
        assertEquals(Direction.valueOf(direction), t.direction(), "direction");
        assertFalse(t.qualitative(), "a value with a number in it is never qualitative");
    }

    static Stream<String> qualitativeTargets() {
        return QUALITATIVE
                .lines()
                .flatMap(l -> Arrays.stream(l.strip().split(" ")))
                .filter(s -> !s.isBlank());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("qualitativeTargets")
    void wordsOnlyTargetsAreQualitative(String text) {
        TargetValue t = parser.parse(text);
        assertEquals(Comparator.QUALITATIVE, t.comparator());
        assertTrue(t.qualitative());
        assertEquals(text, t.text());
        assertEquals(Direction.POSITIVE, t.direction());
    }

    @org.junit.jupiter.api.Test
    void notApplicableAndReverseWordsAndCompoundParts() {
        assertTrue(parser.parse("此指标不涉及").notApplicable());
        assertTrue(parser.parse("此项指标不涉及").notApplicable());
        TargetValue cap = parser.parse("不超过个人承担部分");
        assertEquals(Comparator.QUALITATIVE, cap.comparator());
        assertEquals(Direction.REVERSE, cap.direction(), "不超过 makes even a worded target less-is-better");
        TargetValue allowance = parser.parse("市级960元/人年; 省级1200元/人年; 全国级1800元/人年");
        assertEquals(3, allowance.parts().size());
        assertEquals("省级", allowance.parts().get(1).label());
        assertEquals(
                0, new BigDecimal("1800").compareTo(allowance.parts().get(2).value()));
        assertEquals(1, allowance.warnings().size());
        assertTrue(parser.parse("290%").warnings().get(0).contains("≥90%"));
        assertTrue(parser.parse("W 10万元").warnings().get(0).contains("≤"));
        assertTrue(parser.parse("≥95%").warnings().isEmpty());
        assertEquals("the target is empty", parser.parse("  ").warnings().get(0));
    }

    private static void assertDecimal(String expected, BigDecimal actual, String what) {
        if (expected.equals("-")) {
            assertEquals(null, actual, what);
        } else {
            assertEquals(
                    0,
                    new BigDecimal(expected).compareTo(actual),
                    what + ": expected " + expected + " but was " + actual);
        }
    }

    private static String nullable(String s) {
        return s.equals("-") ? null : s;
    }
}
