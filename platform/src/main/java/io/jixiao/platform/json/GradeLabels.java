package io.jixiao.platform.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdScalarSerializer;
import io.jixiao.rules.scoring.Grade;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import java.io.IOException;

/**
 * A grade (等级) is written and read as the label people use, 优, 良, 中 or 差, wherever it appears in JSON (API answers,
 * events): the domain's {@link Grade} stays plain Java, and no client ever sees EXCELLENT.
 */
@Singleton
public class GradeLabels implements ObjectMapperCustomizer {
    @Override
    public void customize(ObjectMapper mapper) {
        SimpleModule grades = new SimpleModule("grade-labels");
        grades.addSerializer(Grade.class, new StdScalarSerializer<>(Grade.class) {
            @Override
            public void serialize(Grade grade, JsonGenerator json, SerializerProvider provider) throws IOException {
                json.writeString(grade.label());
            }
        });
        grades.addDeserializer(Grade.class, new StdScalarDeserializer<>(Grade.class) {
            @Override
            public Grade deserialize(JsonParser p, DeserializationContext ctx) throws IOException {
                try {
                    return Grade.ofLabel(p.getValueAsString());
                } catch (IllegalArgumentException e) {
                    return (Grade) ctx.handleWeirdStringValue(Grade.class, p.getText(), "must be 优, 良, 中 or 差");
                }
            }
        });
        mapper.registerModule(grades);
    }
}
