package io.jixiao.testsupport;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

/**
 * A value of a field's type that no other position has: fill every field of an object with {@code of(type, i)} and a
 * copy that mixes two fields up shows, even when their types are the same.
 */
public final class DistinctValues {
    private DistinctValues() {}

    /** A value unique to position {@code i}; null for types without an obvious sample (nested records). */
    public static Object of(Class<?> type, int i) {
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
        } else if (type == LocalDate.class) {
            return LocalDate.of(2020, 1, 1).plusDays(i);
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
