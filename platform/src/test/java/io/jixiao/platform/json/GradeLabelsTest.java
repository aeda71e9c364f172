package io.jixiao.platform.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import io.jixiao.rules.scoring.Grade;
import org.junit.jupiter.api.Test;

/** Grades in JSON are the labels people read, both ways; anything else is refused with the accepted values. */
class GradeLabelsTest {
    private final ObjectMapper json = new ObjectMapper();

    GradeLabelsTest() {
        new GradeLabels().customize(json);
    }

    record Graded(Grade grade) {}

    @Test
    void writtenAndReadAsTheLabel() throws Exception {
        assertEquals("{\"grade\":\"良\"}", json.writeValueAsString(new Graded(Grade.GOOD)));
        assertEquals(
                Grade.POOR, json.readValue("{\"grade\":\"差\"}", Graded.class).grade());
        assertEquals(null, json.readValue("{\"grade\":null}", Graded.class).grade());
    }

    @Test
    void theEnumNameIsNotALabel() {
        InvalidFormatException refused = assertThrows(
                InvalidFormatException.class, () -> json.readValue("{\"grade\":\"EXCELLENT\"}", Graded.class));
        assertEquals(true, refused.getMessage().contains("优, 良, 中 or 差"), refused.getMessage());
    }
}
