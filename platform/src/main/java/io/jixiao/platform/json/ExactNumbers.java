package io.jixiao.platform.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.NumberDeserializers;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.math.BigDecimal;

/**
 * Money stays exact end to end: decimals are read as BigDecimal, never double, and written without exponents.
 * Every decimal that comes in is bounded here, once for every field: below 10^20 with at most 10 decimals. A number
 * such as {@code 1e-100000000} is a few bytes of JSON but costs minutes of CPU in {@code setScale}; it is refused at
 * the door with the field's name. Strings carrying U+0000 are refused too: PostgreSQL cannot store them.
 */
@Singleton
public class ExactNumbers implements ObjectMapperCustomizer {
    /** The largest magnitude any number field takes: above every amount (< 10^16 元) and every weight or score. */
    static final int MAX_INTEGER_DIGITS = 20;

    static final int MAX_DECIMALS = 10;

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
        mapper.configure(com.fasterxml.jackson.core.JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN, true);
        SimpleModule bounds = new SimpleModule("bounded-input");
        bounds.addDeserializer(BigDecimal.class, new BoundedDecimal());
        bounds.addDeserializer(String.class, new NoNulString());
        mapper.registerModule(bounds);
    }

    /** True when a decimal is small enough and short enough to compute with. */
    public static boolean bounded(BigDecimal value) {
        return value.scale() <= MAX_DECIMALS && value.precision() - value.scale() <= MAX_INTEGER_DIGITS;
    }

    static final class BoundedDecimal extends StdScalarDeserializer<BigDecimal> {
        BoundedDecimal() {
            super(BigDecimal.class);
        }

        @Override
        public BigDecimal deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            BigDecimal value = NumberDeserializers.BigDecimalDeserializer.instance.deserialize(p, ctxt);
            if (value != null && !bounded(value)) {
                throw InvalidFormatException.from(
                        p,
                        "must be a number below 10^" + MAX_INTEGER_DIGITS + " with at most " + MAX_DECIMALS
                                + " decimals",
                        abbreviated(p.getText()),
                        BigDecimal.class);
            }
            return value;
        }
    }

    static final class NoNulString extends StdScalarDeserializer<String> {
        NoNulString() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            String value = StringDeserializer.instance.deserialize(p, ctxt);
            if (value != null && value.indexOf('\u0000') >= 0) {
                throw InvalidFormatException.from(
                        p, "must not contain the NUL character (U+0000)", "…\\u0000…", String.class);
            }
            return value;
        }
    }

    private static String abbreviated(String text) {
        return text != null && text.length() > 40 ? text.substring(0, 40) + "…" : text;
    }
}
