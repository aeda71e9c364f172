package io.jixiao.testsupport;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Checks a record's named builder (a class with one field per component and a {@code build()} that makes the one
 * positional call): every component has its field of the same name and type, and each field's value lands in its own
 * component. Every field gets a value no other field of the record has, so two arguments swapped in {@code build()}
 * fail here even when their types are the same.
 */
public final class RecordBuilders {
    private RecordBuilders() {}

    public static void assertBuildsEveryComponentByName(Class<? extends Record> record, Object builder)
            throws Exception {
        RecordComponent[] components = record.getRecordComponents();
        Set<String> fields = Arrays.stream(builder.getClass().getDeclaredFields())
                .filter(f -> !Modifier.isStatic(f.getModifiers()))
                .map(Field::getName)
                .collect(Collectors.toSet());
        assertEquals(
                Arrays.stream(components).map(RecordComponent::getName).collect(Collectors.toSet()),
                fields,
                builder.getClass().getName() + " must have exactly one field per component of "
                        + record.getSimpleName());
        Object[] expected = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            Field field = builder.getClass().getDeclaredField(components[i].getName());
            assertEquals(components[i].getType(), field.getType(), "type of the builder's " + field.getName());
            field.setAccessible(true);
            expected[i] = DistinctValues.of(components[i].getType(), i);
            if (expected[i] != null) {
                field.set(builder, expected[i]);
            }
        }
        Method build = builder.getClass().getDeclaredMethod("build");
        build.setAccessible(true);
        Object built = build.invoke(builder);
        for (int i = 0; i < components.length; i++) {
            Method accessor = components[i].getAccessor();
            accessor.setAccessible(true);
            assertEquals(
                    expected[i],
                    accessor.invoke(built),
                    "component " + components[i].getName()
                            + " got another field's value: build() passes its arguments out of order");
        }
    }
}
