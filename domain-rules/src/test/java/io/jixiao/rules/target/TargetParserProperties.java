package io.jixiao.rules.target;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class TargetParserProperties {
    private final TargetParser parser = new TargetParser();

    @Property(tries = 2000)
    void noInputMakesItThrowAndTheTextIsAlwaysKept(@ForAll String text) {
        assertEquals(text, parser.parse(text).text());
    }

    @Property(tries = 1000)
    void targetLikeNoiseIsHandledToo(@ForAll("noisyTargets") String text) {
        TargetValue t = parser.parse(text, true);
        assertEquals(text, t.text());
    }

    @Property(tries = 2000)
    void formattingAndParsingAgainGivesTheSameTarget(@ForAll("targets") String text) {
        TargetValue first = parser.parse(text);
        TargetValue again = parser.parse(TargetParser.format(first));
        assertEquals(first.comparator(), again.comparator(), text);
        assertSame(first.value(), again.value(), text);
        assertSame(first.upper(), again.upper(), text);
        assertEquals(first.unit(), again.unit(), text);
        assertEquals(first.direction(), again.direction(), text);
    }

    @Provide
    Arbitrary<String> targets() {
        Arbitrary<String> comparator =
                Arbitraries.of("", "≥", "≤", ">", "<", "=", ">=", "<=", "＞", "不低于", "不超过", "至少", "不少于", "不高于");
        Arbitrary<String> number = Arbitraries.bigDecimals()
                .between(BigDecimal.ZERO, new BigDecimal("100000000"))
                .ofScale(2)
                .map(b -> b.stripTrailingZeros().toPlainString());
        Arbitrary<String> magnitude = Arbitraries.of("", "", "", " 万", "万");
        Arbitrary<String> unit =
                Arbitraries.of("", "%", "人", "人次", "户", "个", "份", "场", "次", "辆", "万元", "元/人", "元/人年", "天", "年", "元");
        Arbitrary<String> single = Combinators.combine(comparator, number, magnitude, unit)
                .as((c, n, m, u) -> c + n + (u.equals("万元") || u.equals("%") ? "" : m) + u);
        Arbitrary<String> range = Combinators.combine(number, number, unit).as((a, b, u) -> a + "-" + b + u);
        return Arbitraries.oneOf(single, range);
    }

    @Provide
    Arbitrary<String> noisyTargets() {
        return Arbitraries.strings()
                .withChars("≥≤<>=%万元人次0123456789. -~,;、不超过低于以内以上WＷ２０％ ")
                .ofMaxLength(30);
    }

    private static void assertSame(BigDecimal a, BigDecimal b, String text) {
        if (a == null || b == null) {
            assertEquals(a, b, text);
        } else {
            assertEquals(0, a.compareTo(b), text + ": " + a + " vs " + b);
        }
    }
}
