package io.jixiao.apidocs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Names a generated client can live with. The services' documents name a nested Java type by its simple name and
 * number repeats ({@code Row}, {@code Row1}, {@code Status1}); in a client those become types nobody can tell apart.
 * Such a schema takes the name of the schema that holds it: {@code Row1} inside {@code ImportedEvaluation} becomes
 * {@code ImportedEvaluationRow}. The domain-rules types stay free of OpenAPI annotations, so this is done here.
 */
final class SchemaNames {
    private static final String REF = "#/components/schemas/";
    private static final Pattern GENERIC =
            Pattern.compile("(Row|Item|Kind|Part|Status|Budget|Change|Outcome|Summary|Indicator)\\d*");
    private static final Pattern NUMBERED = Pattern.compile("(\\D+)\\d+");

    private SchemaNames() {}

    /** The document with its generic schema names replaced, every {@code $ref} following. */
    static JsonNode clarify(JsonNode document) {
        JsonNode schemas = document.path("components").path("schemas");
        Map<String, String> renames = new TreeMap<>();
        for (Iterator<String> it = schemas.fieldNames(); it.hasNext(); ) {
            String name = it.next();
            if (isGeneric(name, schemas)) {
                String clear = clearName(name, schemas, new ArrayList<>());
                if (!clear.equals(name)) {
                    renames.put(name, clear);
                }
            }
        }
        requireDistinct(renames, schemas);
        if (renames.isEmpty()) {
            return document;
        }
        ObjectNode renamed = ((ObjectNode) schemas).objectNode();
        schemas.fields().forEachRemaining(e -> renamed.set(renames.getOrDefault(e.getKey(), e.getKey()), e.getValue()));
        ((ObjectNode) document.path("components")).set("schemas", renamed);
        rewriteRefs(document, renames);
        return document;
    }

    /** A nested type's simple name, or one smallrye numbered because the name was taken ({@code Level1} is not). */
    private static boolean isGeneric(String name, JsonNode schemas) {
        var numbered = NUMBERED.matcher(name);
        return GENERIC.matcher(name).matches() || numbered.matches() && schemas.has(numbered.group(1));
    }

    /** Owner's (clear) name + the base name; a nested type inside a nested type takes both owners' names. */
    private static String clearName(String name, JsonNode schemas, List<String> visiting) {
        if (!isGeneric(name, schemas) || visiting.contains(name)) {
            return name;
        }
        visiting.add(name);
        String owner = ownerOf(name, schemas);
        return owner == null ? name : clearName(owner, schemas, visiting) + name.replaceAll("\\d+$", "");
    }

    /** The schema that refers to {@code name}: the first by name that is not generic itself, else the first. */
    private static String ownerOf(String name, JsonNode schemas) {
        List<String> owners = new ArrayList<>();
        schemas.fields().forEachRemaining(e -> {
            if (!e.getKey().equals(name) && refersTo(e.getValue(), name)) {
                owners.add(e.getKey());
            }
        });
        return owners.stream()
                .sorted(java.util.Comparator.comparing((String o) -> isGeneric(o, schemas))
                        .thenComparing(java.util.Comparator.naturalOrder()))
                .findFirst()
                .orElse(null);
    }

    private static boolean refersTo(JsonNode node, String name) {
        if (node.isObject() && (REF + name).equals(node.path("$ref").asText())) {
            return true;
        }
        for (JsonNode child : node) {
            if (refersTo(child, name)) {
                return true;
            }
        }
        return false;
    }

    private static void requireDistinct(Map<String, String> renames, JsonNode schemas) {
        List<String> seen = new ArrayList<>();
        for (Map.Entry<String, String> rename : renames.entrySet()) {
            if (seen.contains(rename.getValue()) || schemas.has(rename.getValue())) {
                throw new IllegalStateException("two schemas would be named " + rename.getValue() + " (one is "
                        + rename.getKey() + "): give one of the Java types a distinct name");
            }
            seen.add(rename.getValue());
        }
    }

    private static void rewriteRefs(JsonNode node, Map<String, String> renames) {
        if (node.isObject()) {
            ObjectNode object = (ObjectNode) node;
            JsonNode ref = object.get("$ref");
            if (ref != null && ref.isTextual() && ref.asText().startsWith(REF)) {
                String target = ref.asText().substring(REF.length());
                if (renames.containsKey(target)) {
                    object.set("$ref", TextNode.valueOf(REF + renames.get(target)));
                }
            }
        }
        for (JsonNode child : node) {
            rewriteRefs(child, renames);
        }
    }
}
