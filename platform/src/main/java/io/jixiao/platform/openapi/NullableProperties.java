package io.jixiao.platform.openapi;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;

/**
 * The answers carry every field, {@code null} where there is no value (a project without 上年 figures, a table row
 * without a unit), and the requests accept {@code null} for what is optional. The document says so: each property that
 * is not required also allows null (OpenAPI 3.1), so a generated client types it {@code T | null} and the examples,
 * which are real answers, validate against their schemas.
 */
final class NullableProperties {
    private NullableProperties() {}

    static void allowIn(Components components) {
        if (components.getSchemas() == null) {
            return;
        }
        components.getSchemas().values().forEach(NullableProperties::allowInProperties);
    }

    private static void allowInProperties(Schema schema) {
        if (schema.getProperties() == null) {
            return;
        }
        List<String> required = schema.getRequired() == null ? List.of() : schema.getRequired();
        Map<String, Schema> properties = new LinkedHashMap<>();
        schema.getProperties()
                .forEach((name, property) ->
                        properties.put(name, required.contains(name) ? property : nullable(property)));
        schema.setProperties(properties);
    }

    private static Schema nullable(Schema property) {
        if (property.getRef() != null) {
            // a $ref cannot be widened in place: either the referenced schema or null
            Schema ref = OASFactory.createSchema().ref(property.getRef());
            return OASFactory.createSchema()
                    .description(property.getDescription())
                    .addAnyOf(ref)
                    .addAnyOf(OASFactory.createSchema().addType(SchemaType.NULL));
        }
        List<SchemaType> types = property.getType();
        if (types != null && !types.isEmpty() && !types.contains(SchemaType.NULL)) {
            property.addType(SchemaType.NULL);
            if (property.getEnumeration() != null && !property.getEnumeration().contains(null)) {
                property.addEnumeration(null);
            }
        }
        return property;
    }
}
