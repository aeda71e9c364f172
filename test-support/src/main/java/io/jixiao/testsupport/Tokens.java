package io.jixiao.testsupport;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import java.time.Duration;
import java.util.Set;

/**
 * Real RS256 tokens signed with the key that quarkus-test-oidc-server's WireMock issuer publishes, carrying the
 * {@code groups} and {@code org} claims of docs/api-contract.md.
 */
public final class Tokens {
    public static final String ISSUER = "https://server.example.com";

    private Tokens() {}

    /** The audience the services accept in tests (production: OIDC_AUDIENCE, "jixiao" by default). */
    public static final String AUDIENCE = "https://service.example.com";

    public static String of(String user, String org, String... roles) {
        return forAudience(AUDIENCE, user, org, roles);
    }

    /** A genuine token that expires {@code lifetime} from now. */
    public static String expiringIn(Duration lifetime, String user, String org, String... roles) {
        return sign(AUDIENCE, lifetime, user, org, roles);
    }

    /** A token of the same issuer issued to another client: the services must refuse it. */
    public static String forAudience(String audience, String user, String org, String... roles) {
        return sign(audience, Duration.ofMinutes(30), user, org, roles);
    }

    private static String sign(String audience, Duration lifetime, String user, String org, String... roles) {
        JwtClaimsBuilder claims = Jwt.preferredUserName(user)
                .subject(user)
                .issuer(ISSUER)
                .audience(audience)
                .groups(Set.of(roles))
                .expiresIn(lifetime);
        if (org != null) {
            claims.claim("org", org);
        }
        return claims.jws().keyId("1").sign("privateKey.jwk");
    }

    /** Tokens no service may accept, each wrong in one way; keyed by what is wrong. */
    public static java.util.Map<String, String> forged(String user, String org, String... roles) {
        java.util.Map<String, String> forged = new java.util.LinkedHashMap<>();
        try {
            java.security.KeyPairGenerator generator = java.security.KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            forged.put(
                    "signed with another key",
                    Jwt.preferredUserName(user)
                            .subject(user)
                            .issuer(ISSUER)
                            .audience(AUDIENCE)
                            .groups(Set.of(roles))
                            .claim("org", org)
                            .expiresIn(Duration.ofMinutes(30))
                            .jws()
                            .keyId("1")
                            .sign(generator.generateKeyPair().getPrivate()));
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
        forged.put(
                "expired",
                Jwt.preferredUserName(user)
                        .subject(user)
                        .issuer(ISSUER)
                        .audience(AUDIENCE)
                        .groups(Set.of(roles))
                        .claim("org", org)
                        .issuedAt(java.time.Instant.now().minusSeconds(7200))
                        .expiresAt(java.time.Instant.now().minusSeconds(3600))
                        .jws()
                        .keyId("1")
                        .sign("privateKey.jwk"));
        forged.put(
                "another issuer",
                Jwt.preferredUserName(user)
                        .subject(user)
                        .issuer("https://evil.example.com")
                        .audience(AUDIENCE)
                        .groups(Set.of(roles))
                        .claim("org", org)
                        .expiresIn(Duration.ofMinutes(30))
                        .jws()
                        .keyId("1")
                        .sign("privateKey.jwk"));
        String real = of(user, org, roles);
        String payload = real.split("\\.")[1];
        java.util.Base64.Encoder b64 = java.util.Base64.getUrlEncoder().withoutPadding();
        forged.put(
                "unsigned (alg none)",
                b64.encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes()) + "." + payload + ".");
        forged.put(
                "signature of another token",
                real.substring(0, real.lastIndexOf('.') + 1)
                        + of("admin", null, "admin")
                                .substring(of("admin", null, "admin").lastIndexOf('.') + 1));
        forged.put("not a token", "not-a-token");
        return forged;
    }
}
