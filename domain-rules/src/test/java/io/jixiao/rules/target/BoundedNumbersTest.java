package io.jixiao.rules.target;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.jixiao.rules.importing.ProjectFields;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/**
 * Numbers that no real form holds are kept as text instead of parsed: a target of 10^19 overflowed the stored column
 * and stopped the imports consumer; a 100,000-digit amount costs quadratic time to parse and scale.
 */
class BoundedNumbersTest {
    private final TargetParser parser = new TargetParser();

    @Test
    void aTargetFrom10To18UpIsKeptAsTextWithoutAValue() {
        TargetValue v = parser.parse("≥10000000000000000000人次");
        assertEquals("≥10000000000000000000人次", v.text());
        assertNull(v.value());
    }

    @Test
    void theLargestStorableTargetIsStillParsed() {
        TargetValue v = parser.parse("≥999999999999999999人次");
        assertEquals(0, new BigDecimal("999999999999999999").compareTo(v.value()));
    }

    @Test
    void aHundredThousandDigitsAreNoNumber() {
        String digits = "1" + "0".repeat(100_000);
        assertNull(parser.parse("≥" + digits + "人").value());
        assertNull(ProjectFields.yuan(digits, "元"));
        assertEquals(new BigDecimal("1000000.00"), ProjectFields.yuan("1000000. 00", "元"));
    }
}
