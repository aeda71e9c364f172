package io.jixiao.testsupport;

import java.time.Duration;
import java.util.Set;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;

/**
 * Real RS256 tokens signed with the key that quarkus-test-oidc-server's WireMock issuer publishes, carrying the
 * {@code groups} and {@code org} claims of contract.md.
 */
public final class Tokens {
    public static final String ISSUER = "https://server.example.com";

    private Tokens() {
    }

    /** The audience the services accept in tests (production: OIDC_AUDIENCE, "jixiao" by default). */
    public static final String AUDIENCE = "https://service.example.com";

    public static String of(String user, String org, String... roles) {
        return forAudience(AUDIENCE, user, org, roles);
    }

    /** A token of the same issuer issued to another client: the services must refuse it. */
    public static String forAudience(String audience, String user, String org, String... roles) {
        JwtClaimsBuilder claims = Jwt.preferredUserName(user)
                .subject(user)
                .issuer(ISSUER)
                .audience(audience)
                .groups(Set.of(roles))
                .expiresIn(Duration.ofMinutes(30));
        if (org != null) {
            claims.claim("org", org);
        }
        return claims.jws().keyId("1").sign("privateKey.jwk");
    }
}
