package io.jixiao.platform.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** Numbers and strings at the JSON door: exact, bounded, storable. */
class ExactNumbersTest {
    record Row(BigDecimal score, String name) {}

    private final ObjectMapper json = new ObjectMapper();

    ExactNumbersTest() {
        new ExactNumbers().customize(json);
    }

    @Test
    void ordinaryNumbersStayExact() throws Exception {
        assertEquals(
                new BigDecimal("215457.60"),
                json.readValue("{\"score\":215457.60}", Row.class).score());
        assertEquals(
                new BigDecimal("1000000.00"),
                json.readValue("{\"score\":\"1000000.00\"}", Row.class).score());
    }

    @Test
    void hugeExponentsAreRefusedBeforeAnyArithmetic() {
        for (String n : new String[] {"1e-100000000", "1e50000000", "1e21", "0.00000000001", "\"1e-100000000\""}) {
            var e = assertThrows(
                    InvalidFormatException.class, () -> json.readValue("{\"score\":" + n + "}", Row.class), n);
            assertEquals("score", e.getPath().get(0).getFieldName());
        }
    }

    @Test
    void aNulCharacterIsRefused() {
        assertThrows(InvalidFormatException.class, () -> json.readValue("{\"name\":\"a\\u0000b\"}", Row.class));
    }
}
