package io.jixiao.testsupport;

import static io.restassured.RestAssured.given;

import io.jixiao.testsupport.OpenApiOperations.Operation;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Who may do what, generated from the service's own OpenAPI document: every operation is called with no token, with
 * forged tokens, with every role the operation does not admit, and with the people of another unit and another region
 * against one unit's objects. A leak is a 2xx where 401, 403 or 404 is due, or one of that unit's ids in a list
 * someone else reads.
 */
public final class AccessMatrix {
    public static final List<String> ROLES =
            List.of("unit-staff", "dept-reviewer", "finance-reviewer", "admin", "auditor");
    private static final Set<String> WRITES = Set.of("post", "put", "delete", "patch");

    /** @param roleCases calls with a role the operation does not admit; @param strangerCases calls by strangers */
    public record Report(int cases, int roleCases, int strangerCases, List<String> leaks) {}

    /**
     * @param own       a token per role, all of the victim unit's own organisation chain
     * @param strangers tokens of people of another unit, department and region (label → token)
     * @param victims   the victim unit's object ids by the collection path they live under ("/api/v1/projects" → id)
     * @param harmless  a harmless value for any other path parameter
     */
    public static Report run(
            Map<String, String> own,
            Map<String, String> strangers,
            Map<String, String> victims,
            Function<String, String> harmless) {
        int cases = 0;
        int roleCases = 0;
        int strangerCases = 0;
        List<String> leaks = new ArrayList<>();
        Map<String, String> forged = Tokens.forged("staff", "093001", "unit-staff", "admin");
        for (Operation op : OpenApiOperations.read()) {
            if (op.isPublic()) {
                continue;
            }
            Map<String, String> path = values(op, victims, harmless);
            cases++;
            expect(op, "no token", call(op, null, path), 401, leaks);
            for (Map.Entry<String, String> f : forged.entrySet()) {
                cases++;
                expect(op, "forged: " + f.getKey(), call(op, f.getValue(), path), 401, leaks);
            }
            if (!op.roles().isEmpty()) {
                for (String role : ROLES) {
                    if (!op.roles().contains(role) && own.containsKey(role)) {
                        cases++;
                        roleCases++;
                        expect(op, "role " + role, call(op, own.get(role), path), 403, leaks);
                    }
                }
            }
            boolean onVictim = !op.pathParams().isEmpty() && victimOf(op, victims) != null;
            boolean isList = op.pathParams().isEmpty() && "get".equals(op.method());
            for (Map.Entry<String, String> s : strangers.entrySet()) {
                strangerCases += onVictim || isList ? 1 : 0;
                if (onVictim) {
                    cases++;
                    Response r = call(op, s.getValue(), path);
                    if (r.statusCode() < 300) {
                        leaks.add(op + " by " + s.getKey() + " on the victim's object → " + r.statusCode());
                    }
                } else if (isList) {
                    cases++;
                    Response r = call(op, s.getValue(), path);
                    String body = r.asString();
                    victims.values().stream()
                            .filter(body::contains)
                            .forEach(id -> leaks.add(op + " by " + s.getKey() + " lists the victim's " + id));
                }
            }
        }
        return new Report(cases, roleCases, strangerCases, leaks);
    }

    private static void expect(Operation op, String who, Response r, int status, List<String> leaks) {
        if (r.statusCode() != status) {
            leaks.add(op + " with " + who + " → " + r.statusCode() + " (expected " + status + ")");
        }
    }

    /** The victim's id for the first path parameter of an operation under one of its collections. */
    private static String victimOf(Operation op, Map<String, String> victims) {
        for (Map.Entry<String, String> v : victims.entrySet()) {
            if (op.path().startsWith(v.getKey() + "/{")) {
                return v.getValue();
            }
        }
        return null;
    }

    private static Map<String, String> values(
            Operation op, Map<String, String> victims, Function<String, String> harmless) {
        Map<String, String> values = new LinkedHashMap<>();
        String victim = victimOf(op, victims);
        for (String p : op.pathParams()) {
            values.put(p, victim != null && values.isEmpty() ? victim : harmless.apply(p));
        }
        return values;
    }

    private static Response call(Operation op, String token, Map<String, String> path) {
        RequestSpecification r = given();
        if (token != null) {
            r.auth().oauth2(token);
        }
        if (WRITES.contains(op.method())) {
            // a body of the kind the operation takes, so the answer is about who asks, not about the body's type
            r.contentType(op.bodyContentType())
                    .body((op.bodyContentType().contains("json") ? "{}" : "x")
                            .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        path.forEach(r::pathParam);
        return r.request(op.method().toUpperCase(), op.path());
    }
}
