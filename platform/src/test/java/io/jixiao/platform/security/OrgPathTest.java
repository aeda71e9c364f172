package io.jixiao.platform.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The one subtree rule and its LIKE patterns, checked against a LIKE matcher with the same escape semantics. */
class OrgPathTest {
    @ParameterizedTest
    @CsvSource({
        "/410100/197001/093001/, 197001, true",
        "/410100/197001/093001/, 093001, true",
        "/410100/197001/, 093001, false",
        "/410100/1970011/, 197001, false",
        "/410100/197001/, 1970_1, false",
        "/410100/1970_1/, 1970_1, true"
    })
    void underAndItsPatternAgree(String path, String code, boolean expected) {
        assertEquals(expected, OrgPath.under(path, code));
        assertEquals(expected, like(path, OrgPath.underPattern(code)), OrgPath.underPattern(code));
    }

    @ParameterizedTest
    @CsvSource({
        "/410100/197001/093001/, /410100/197001/, true",
        "/410100/197001/, /410100/197001/, true",
        "/410100/197001/, /410100/1970_1/, false",
        "/410100/1970%1/, /410100/1970%1/, true",
        "/410100/197001/, /410100/1970%1/, false"
    })
    void withinAndItsPatternAgree(String path, String ancestor, boolean expected) {
        assertEquals(expected, OrgPath.within(path, ancestor));
        assertEquals(expected, like(path, OrgPath.withinPattern(ancestor)));
    }

    @org.junit.jupiter.api.Test
    void theEscaperEscapesItsOwnEscapeCharacterFirst() {
        assertEquals("a\\\\b\\%c\\_d", OrgPath.escapeLike("a\\b%c_d"));
        assertTrue(like("a\\b%c_d", OrgPath.escapeLike("a\\b%c_d")));
        assertFalse(like("a\\bxcyd", OrgPath.escapeLike("a\\b%c_d")));
    }

    @ParameterizedTest(name = "the region of {0} is {1}")
    @CsvSource(
            value = {
                "/410100/197001/093001/, 410100",
                "/410100/, 410100",
                "410100/197001/, 410100",
                "/, NULL",
                "NULL, NULL"
            },
            nullValues = "NULL")
    void theRegionIsTheCodeAtTheRoot(String path, String region) {
        assertEquals(region, OrgPath.regionCode(path));
    }

    /** SQL LIKE with ESCAPE '\', as PostgreSQL evaluates it. */
    static boolean like(String text, String pattern) {
        StringBuilder regex = new StringBuilder();
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c == '\\' && i + 1 < pattern.length()) {
                regex.append(Pattern.quote(String.valueOf(pattern.charAt(++i))));
            } else if (c == '%') {
                regex.append(".*");
            } else if (c == '_') {
                regex.append('.');
            } else {
                regex.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return Pattern.compile(regex.toString(), Pattern.DOTALL).matcher(text).matches();
    }
}
