package io.jixiao.project;

import static io.restassured.RestAssured.given;

import io.jixiao.testsupport.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * Verified bearer tokens are remembered (platform's VerifiedTokens), and that memory never lets through what
 * verification would refuse: a remembered token still expires at its exp, a token is known only by its whole string
 * (another signature on the same claims is verified, and refused), and each token keeps its own caller.
 */
@QuarkusTest
class VerifiedTokensTest {
    @Test
    void aRememberedTokenStillExpiresAtItsExp() throws Exception {
        String token = Tokens.expiringIn(Duration.ofSeconds(3), "admin", null, "admin");
        given().auth().oauth2(token).get("/api/v1/orgs").then().statusCode(200);
        given().auth().oauth2(token).get("/api/v1/orgs").then().statusCode(200); // now from memory
        Thread.sleep(4_000);
        given().auth().oauth2(token).get("/api/v1/orgs").then().statusCode(401);
    }

    @Test
    void theClaimsOfARememberedTokenWithAnotherSignatureAreRefused() {
        String admin = Tokens.of("admin", null, "admin");
        given().auth().oauth2(admin).get("/api/v1/orgs").then().statusCode(200);
        String otherSignature = admin.substring(0, admin.lastIndexOf('.') + 1)
                + Tokens.of("someone", null, "admin").substring(admin.lastIndexOf('.') + 1);
        given().auth().oauth2(otherSignature).get("/api/v1/orgs").then().statusCode(401);
        given().auth().oauth2(admin + "x").get("/api/v1/orgs").then().statusCode(401);
    }

    @Test
    void eachTokenKeepsItsOwnCaller() {
        String admin = Tokens.of("admin", null, "admin");
        String noRole = Tokens.of("nobody", null);
        for (int i = 0; i < 3; i++) {
            given().auth().oauth2(admin).get("/api/v1/orgs").then().statusCode(200);
            given().auth().oauth2(noRole).get("/api/v1/orgs").then().statusCode(403);
            given().auth()
                    .oauth2(admin)
                    .contentType("application/json")
                    .body("{}")
                    .post("/api/v1/orgs")
                    .then()
                    .statusCode(400); // an admin's call, refused for its body only
            given().auth()
                    .oauth2(noRole)
                    .contentType("application/json")
                    .body("{}")
                    .post("/api/v1/orgs")
                    .then()
                    .statusCode(403);
        }
    }
}
