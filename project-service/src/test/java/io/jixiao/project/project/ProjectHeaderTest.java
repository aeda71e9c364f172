package io.jixiao.project.project;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.jixiao.testsupport.DistinctValues;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** The API's header and its columns hold the same fields, and a header sent is the header read back. */
class ProjectHeaderTest {
    @Test
    void theColumnsHoldEveryFieldOfTheApiHeader() {
        assertEquals(fields(ProjectHeader.class), fields(ProjectHeaderColumns.class));
    }

    @Test
    void everyFieldSurvivesTheWayInAndOut() throws Exception {
        ProjectInput in = new ProjectInput();
        int i = 0;
        for (Field f : ProjectHeader.class.getDeclaredFields()) {
            if (!Modifier.isStatic(f.getModifiers())) {
                f.set(in, DistinctValues.of(f.getType(), i++));
            }
        }
        in.amountUnit = AmountUnit.WAN_YUAN;
        ProjectView out = new ProjectView();
        ProjectHeaderColumns.of(in).copyTo(out);
        for (Field f : ProjectHeader.class.getDeclaredFields()) {
            if (!Modifier.isStatic(f.getModifiers())) {
                assertEquals(f.get(in), f.get(out), f.getName());
            }
        }
    }

    @Test
    void theNameIsTrimmedAndTheUnitDefaultsToYuan() {
        ProjectInput in = new ProjectInput();
        in.name = "  帮扶资金 ";
        ProjectHeaderColumns stored = ProjectHeaderColumns.of(in);
        assertEquals("帮扶资金", stored.name);
        assertEquals(AmountUnit.YUAN, stored.amountUnit);
    }

    private static Map<String, Class<?>> fields(Class<?> type) {
        Map<String, Class<?>> fields = new TreeMap<>();
        Arrays.stream(type.getDeclaredFields())
                .filter(f -> !Modifier.isStatic(f.getModifiers()))
                .forEach(f -> fields.put(f.getName(), f.getType()));
        return fields;
    }
}
