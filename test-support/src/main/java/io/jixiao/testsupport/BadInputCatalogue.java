package io.jixiao.testsupport;

import static io.restassured.RestAssured.given;

import io.jixiao.testsupport.OpenApiOperations.Operation;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/**
 * Bad input of every kind, generated from the service's own OpenAPI document and sent to every operation it lists:
 * malformed and mistyped JSON, huge and tiny numbers, exponents, NUL and control characters, very long strings, deep
 * nesting, wrong content types, ids that are no UUIDs, garbage query values. Every answer must be below 500, and every
 * 4xx must be application/problem+json. Path ids name nothing that exists, so no case changes real data.
 */
public final class BadInputCatalogue {
    /** One case sent and what came back. */
    public record Outcome(Operation operation, String what, int status, String contentType) {
        boolean acceptable() {
            return status < 500
                    && (status < 400 || contentType != null && contentType.startsWith("application/problem+json"))
                    && operation.documents(status);
        }

        @Override
        public String toString() {
            return operation + " [" + what + "] → " + status + " " + contentType
                    + (operation.documents(status) ? "" : " (not in the operation's documented answers)");
        }
    }

    /** Counts to print and assert on. */
    public record Report(int cases, int serverErrors, List<Outcome> failures) {}

    private static final Map<String, String> PATH_GARBAGE = Map.of(
            "not a UUID", "not-a-uuid",
            "NUL", "\u0000",
            "full-width digits", "１２３",
            "SQL quote", "' OR '1'='1",
            "300 digits", "9".repeat(300),
            "emoji", "😀");
    private static final Map<String, String> QUERY_GARBAGE = new LinkedHashMap<>();

    static {
        QUERY_GARBAGE.put("NUL", "a\u0000b");
        QUERY_GARBAGE.put("control characters", "\u0001\u001b[0m");
        QUERY_GARBAGE.put("markup and quotes", "'\"<script>alert(1)</script>");
        QUERY_GARBAGE.put("20 digits", "99999999999999999999");
        QUERY_GARBAGE.put("negative", "-1");
        QUERY_GARBAGE.put("exponent", "1e999");
        QUERY_GARBAGE.put("full-width digits", "２０２１");
        QUERY_GARBAGE.put("2000 characters", "x".repeat(2000));
        QUERY_GARBAGE.put("not a UUID", "not-a-uuid");
        QUERY_GARBAGE.put("empty", "");
    }

    private BadInputCatalogue() {}

    /**
     * @param token     a token that may call everything (an admin's), so the bad input is what is tried, not the role
     * @param pathValue a harmless value for a path parameter of an operation (a random UUID, a year that does not exist)
     */
    public static Report run(String token, Function<String, String> pathValue) {
        List<Outcome> outcomes = new ArrayList<>();
        for (Operation op : OpenApiOperations.read()) {
            Map<String, String> valid = new LinkedHashMap<>();
            op.pathParams().forEach(p -> valid.put(p, pathValue.apply(p)));
            for (String param : op.pathParams()) {
                PATH_GARBAGE.forEach((what, value) -> {
                    Map<String, String> values = new LinkedHashMap<>(valid);
                    values.put(param, value);
                    outcomes.add(send(op, "path " + param + ": " + what, token, values, Map.of(), null, null));
                });
            }
            for (Map.Entry<String, String> q : op.queryParams().entrySet()) {
                QUERY_GARBAGE.forEach((what, value) -> outcomes.add(send(
                        op, "query " + q.getKey() + ": " + what, token, valid, Map.of(q.getKey(), value), null, null)));
            }
            if (op.jsonBody()) {
                bodies(op)
                        .forEach((what, body) -> outcomes.add(
                                send(op, "body: " + what, token, valid, Map.of(), "application/json", body)));
                outcomes.add(send(op, "body: XML instead of JSON", token, valid, Map.of(), "application/xml", "<a/>"));
                outcomes.add(send(
                        op,
                        "body: form instead of JSON",
                        token,
                        valid,
                        Map.of(),
                        "application/x-www-form-urlencoded",
                        "a=1"));
            }
        }
        List<Outcome> failures = outcomes.stream().filter(o -> !o.acceptable()).toList();
        int serverErrors =
                (int) outcomes.stream().filter(o -> o.status() >= 500).count();
        return new Report(outcomes.size(), serverErrors, failures);
    }

    private static Map<String, String> bodies(Operation op) {
        Map<String, String> b = new LinkedHashMap<>();
        b.put("malformed", "{\"a\": ");
        b.put("empty", "");
        b.put("an array", "[]");
        b.put("null", "null");
        b.put("a string", "\"text\"");
        b.put("an empty object", "{}");
        b.put("a huge number", "1e999999");
        b.put("deep nesting", "[".repeat(5000) + "]".repeat(5000));
        b.put("deep object nesting", "{\"a\":".repeat(3000) + "1" + "}".repeat(3000));
        b.put("an unknown field", "{\"someFieldNobodyKnows\": 1}");
        b.put("BOM and garbage", "\uFEFF\u0000\u0001");
        if (op.bodyProperties().isEmpty()) {
            return b;
        }
        b.put("every number 1e999999", fill(op, "number", "1e999999"));
        b.put("every number 1e-100000000", fill(op, "number", "1e-100000000"));
        b.put("every number 1e50000000", fill(op, "number", "1e50000000"));
        b.put("every number -1e20", fill(op, "number", "-100000000000000000000"));
        b.put("every number as full-width text", fill(op, "number", "\"１２３\""));
        b.put("every string with NUL", fill(op, "string", "\"a\\u0000b\""));
        b.put("every string 100000 characters", fill(op, "string", "\"" + "长".repeat(100_000) + "\""));
        b.put("every string with control and bidi characters", fill(op, "string", "\"\\u0007\\u202e\\u200b\""));
        b.put("every field of the wrong type", wrongTypes(op));
        b.put("every field null", fill(op, null, "null"));
        return b;
    }

    private static String fill(Operation op, String type, String value) {
        StringBuilder sb = new StringBuilder("{");
        op.bodyProperties().forEach((name, t) -> {
            boolean numeric = "number".equals(t) || "integer".equals(t);
            if (type == null || "number".equals(type) && numeric || type.equals(t)) {
                sb.append(sb.length() > 1 ? "," : "")
                        .append('"')
                        .append(name)
                        .append("\":")
                        .append(value);
            }
        });
        return sb.append('}').toString();
    }

    private static String wrongTypes(Operation op) {
        StringBuilder sb = new StringBuilder("{");
        op.bodyProperties().forEach((name, t) -> {
            String wrong = switch (t) {
                case "string" -> "{\"a\":1}";
                case "number", "integer" -> "\"abc\"";
                case "boolean" -> "\"maybe\"";
                case "array" -> "\"x\"";
                default -> "42";
            };
            sb.append(sb.length() > 1 ? "," : "")
                    .append('"')
                    .append(name)
                    .append("\":")
                    .append(wrong);
        });
        return sb.append('}').toString();
    }

    static Outcome send(
            Operation op,
            String what,
            String token,
            Map<String, String> pathValues,
            Map<String, String> query,
            String contentType,
            String body) {
        RequestSpecification r = given().urlEncodingEnabled(true);
        if (token != null) {
            r.auth().oauth2(token);
        }
        query.forEach(r::queryParam);
        if (contentType != null) {
            r.contentType(contentType).body(body == null ? "" : body);
        }
        String path = op.path();
        for (Map.Entry<String, String> p : pathValues.entrySet()) {
            r.pathParam(p.getKey(), p.getValue());
        }
        Response response = r.request(op.method().toUpperCase(), path);
        return new Outcome(op, what, response.statusCode(), response.contentType());
    }

    /** A harmless value for common path parameter names: ids that exist nowhere, a year long gone. */
    public static String harmless(String param) {
        return switch (param) {
            case "year" -> "1999";
            case "code" -> "NO-SUCH-CODE";
            case "version", "from", "to" -> "1";
            default -> UUID.randomUUID().toString();
        };
    }
}
