package io.jixiao.project;

import static io.restassured.RestAssured.given;

import io.jixiao.testsupport.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The guards production runs with: metrics, the OpenAPI document and Swagger UI only for admins and auditors (the
 * default outside dev and test), health open for the probes, and tokens issued to another client refused.
 */
@QuarkusTest
@TestProfile(ProductionGuardsTest.OpsProtected.class)
class ProductionGuardsTest {
    public static class OpsProtected implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("jixiao.ops.access", "ops-admin");
        }
    }

    @Test
    void operationsEndpointsNeedAnAdminOrAuditorWhileHealthStaysOpen() {
        for (String path : new String[] {"/q/metrics", "/q/openapi"}) {
            given().get(path).then().statusCode(401);
            given().auth()
                    .oauth2(Tokens.of("staff", "093001", "unit-staff"))
                    .get(path)
                    .then()
                    .statusCode(403);
            given().auth()
                    .oauth2(Tokens.of("auditor", null, "auditor"))
                    .get(path)
                    .then()
                    .statusCode(200);
        }
        given().get("/q/health/live").then().statusCode(200);
        given().get("/q/health/ready").then().statusCode(200);
    }

    @Test
    void aTokenIssuedToAnotherClientIsRefused() {
        given().auth()
                .oauth2(Tokens.forAudience("some-other-app", "admin", null, "admin"))
                .get("/api/v1/fiscal-years")
                .then()
                .statusCode(401);
        given().auth()
                .oauth2(Tokens.of("admin", null, "admin"))
                .get("/api/v1/fiscal-years")
                .then()
                .statusCode(200);
    }
}
