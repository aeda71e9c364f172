package io.jixiao.platform.openapi;

import static org.eclipse.microprofile.openapi.models.media.Schema.SchemaType.OBJECT;

import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * One {@code Page} definition for every list: each {@code PageResultX} the generator made from {@code PageResult<X>}
 * becomes {@code Page} plus its own {@code items}, so a client has one page type (and one place that says what
 * {@code total} and {@code nextPage} mean) instead of a copy per item type.
 */
final class PageSchemas {
    static final String PAGE = "Page";
    private static final List<String> PAGE_FIELDS = List.of("page", "size", "total", "nextPage");
    private static final List<String> ALWAYS_THERE = List.of("page", "size", "total");

    private PageSchemas() {}

    static void share(Components components) {
        Map<String, Schema> schemas = components.getSchemas();
        if (schemas == null) {
            return;
        }
        Schema page = null;
        for (Map.Entry<String, Schema> entry : Map.copyOf(schemas).entrySet()) {
            Schema list = entry.getValue();
            if (!entry.getKey().startsWith("PageResult") || list.getProperties() == null) {
                continue;
            }
            if (page == null) {
                page = page(list);
                components.addSchema(PAGE, page);
            }
            Schema items = OASFactory.createSchema().addType(OBJECT).addRequired("items");
            if (list.getProperties().get("items") != null) {
                items.addProperty("items", list.getProperties().get("items"));
            }
            components.addSchema(
                    entry.getKey(),
                    OASFactory.createSchema()
                            .description(list.getDescription())
                            .addAllOf(OASFactory.createSchema().ref("#/components/schemas/" + PAGE))
                            .addAllOf(items));
        }
    }

    /** The paging fields, as the first list schema has them (from {@code PageResult}'s annotations). */
    private static Schema page(Schema list) {
        Schema page = OASFactory.createSchema()
                .addType(OBJECT)
                .description("A page of a list: which page, its size, how many match over all pages, the next page");
        PAGE_FIELDS.forEach(field -> {
            Schema property = list.getProperties().get(field);
            if (property != null) {
                page.addProperty(field, property);
            }
        });
        ALWAYS_THERE.forEach(page::addRequired);
        return page;
    }
}
