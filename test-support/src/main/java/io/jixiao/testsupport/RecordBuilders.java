package io.jixiao.testsupport;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
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
            expected[i] = sample(components[i].getType(), i);
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

    /** A value unique to position {@code i}; null for types without an obvious sample (nested records). */
    private static Object sample(Class<?> type, int i) {
        if (type == String.class) {
            return "value-" + i;
        } else if (type == int.class || type == Integer.class) {
            return 1000 + i;
        } else if (type == long.class || type == Long.class) {
            return 1000L + i;
        } else if (type == boolean.class) {
            return true;
        } else if (type == BigDecimal.class) {
            return new BigDecimal(1000 + i);
        } else if (type == UUID.class) {
            return new UUID(0, i);
        } else if (type == OffsetDateTime.class) {
            return OffsetDateTime.ofInstant(Instant.ofEpochSecond(1000L + i), ZoneOffset.UTC);
        } else if (type == List.class) {
            return List.of("list-" + i);
        } else if (type.isEnum()) {
            Object[] constants = type.getEnumConstants();
            return constants[i % constants.length];
        }
        return null;
    }
}
