package io.jixiao.platform.security;

import io.jixiao.platform.problem.ProblemException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** Who is calling: the user, the roles and the organisation ({@code org} claim) of the bearer token. */
@RequestScoped
public class Caller {
    public static final String ORG_CLAIM = "org";

    private final SecurityIdentity identity;
    private final JsonWebToken token;

    Caller(SecurityIdentity identity, JsonWebToken token) {
        this.identity = identity;
        this.token = token;
    }

    public String name() {
        return identity.isAnonymous() ? "anonymous" : identity.getPrincipal().getName();
    }

    /** The caller's organisation code, or null for a token without one (an admin or auditor may have none). */
    public String orgCode() {
        Object org = token == null ? null : token.getClaim(ORG_CLAIM);
        return org == null ? null : org.toString();
    }

    public boolean has(String role) {
        return identity.hasRole(role);
    }

    public boolean isAdmin() {
        return has(Roles.ADMIN);
    }

    /** Admins and auditors see every organisation. */
    public boolean seesEverything() {
        return isAdmin() || has(Roles.AUDITOR);
    }

    /** Whether what lies at {@code orgPath} is in this caller's sight: everything for admins and auditors, else the subtree. */
    public boolean sees(String orgPath) {
        return seesEverything() || OrgPath.under(orgPath, requireOrgCode());
    }

    /** Whether this caller fills in for the unit {@code orgCode}: its own staff, or an admin. */
    public boolean actsForUnit(String orgCode) {
        return isAdmin() || has(Roles.UNIT_STAFF) && orgCode.equals(orgCode());
    }

    /** The organisation whose subtree this caller may read; fails when a scoped caller's token has no org claim. */
    public String requireOrgCode() {
        String org = orgCode();
        if (org == null || org.isBlank()) {
            throw ProblemException.forbidden("The token carries no org claim, so no organisation's data can be shown");
        }
        return org;
    }
}
