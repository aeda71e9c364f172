package io.jixiao.platform.security;

import io.quarkus.oidc.runtime.OidcAuthenticationMechanism;
import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.AuthenticationRequest;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticationMechanism;
import io.quarkus.vertx.http.runtime.security.HttpCredentialTransport;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The OIDC bearer mechanism with a memory of the tokens it verified. A front end sends the same token with every call
 * for its whole life, and verifying its RS256 signature was most of the CPU time of a cheap read (58 % of
 * {@code GET /frameworks} in a flight recording). A token is taken from memory only when it is the very same string
 * that was verified (signature included), and only until its own {@code exp} or {@link VerifiedTokensConfig#maxAge()},
 * whichever comes first; anything else is verified as before. The roles and the org claim come from the token itself,
 * so the same string always means the same caller.
 */
@Alternative
@Priority(1)
@ApplicationScoped
public class VerifiedTokens implements HttpAuthenticationMechanism {
    private static final String BEARER = "Bearer ";

    private final OidcAuthenticationMechanism oidc;
    private final long maxAgeMillis;
    private final int maxSize;
    private final Map<String, Verified> verified = new ConcurrentHashMap<>();

    private record Verified(SecurityIdentity identity, long untilMillis) {}

    VerifiedTokens(OidcAuthenticationMechanism oidc, VerifiedTokensConfig config) {
        this.oidc = oidc;
        this.maxAgeMillis = config.maxAge().toMillis();
        this.maxSize = config.maxSize();
    }

    @Override
    public Uni<SecurityIdentity> authenticate(RoutingContext context, IdentityProviderManager identities) {
        String token = bearer(context);
        if (token == null || maxAgeMillis <= 0) {
            return oidc.authenticate(context, identities);
        }
        Verified known = verified.get(token);
        long now = System.currentTimeMillis();
        if (known != null && now < known.untilMillis()) {
            // the identity of the earlier request, with this request's routing context (OIDC keeps it as an attribute)
            return Uni.createFrom()
                    .item(QuarkusSecurityIdentity.builder(known.identity())
                            .addAttribute(RoutingContext.class.getName(), context)
                            .build());
        }
        if (known != null) {
            verified.remove(token, known);
        }
        return oidc.authenticate(context, identities).invoke(identity -> remember(token, identity, now));
    }

    private void remember(String token, SecurityIdentity identity, long now) {
        if (identity == null || identity.isAnonymous() || !(identity.getPrincipal() instanceof JsonWebToken jwt)) {
            return;
        }
        long until = Math.min(jwt.getExpirationTime() * 1000L, now + maxAgeMillis);
        if (until <= now) {
            return;
        }
        if (verified.size() >= maxSize) {
            verified.clear(); // simple and bounded: a busy service verifies each live token once more
        }
        // kept without the routing context OIDC put on it: that request (and any body it carried) is not held on to
        SecurityIdentity kept = QuarkusSecurityIdentity.builder(identity)
                .addAttribute(RoutingContext.class.getName(), null)
                .build();
        verified.put(token, new Verified(kept, until));
    }

    private static String bearer(RoutingContext context) {
        String header = context.request().getHeader("Authorization");
        if (header == null
                || header.length() <= BEARER.length()
                || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return null;
        }
        return header.substring(BEARER.length()).trim();
    }

    @Override
    public Uni<ChallengeData> getChallenge(RoutingContext context) {
        return oidc.getChallenge(context);
    }

    @Override
    public Set<Class<? extends AuthenticationRequest>> getCredentialTypes() {
        return oidc.getCredentialTypes();
    }

    @Override
    public Uni<HttpCredentialTransport> getCredentialTransport(RoutingContext context) {
        return oidc.getCredentialTransport(context);
    }

    @Override
    public int getPriority() {
        return oidc.getPriority();
    }
}
