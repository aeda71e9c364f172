package io.jixiao.platform.web;

import io.jixiao.platform.security.Caller;
import io.jixiao.platform.security.OrgPath;
import java.util.HashMap;
import java.util.Map;

/**
 * The WHERE clause of a list endpoint, built from optional filters: the caller's subtree first, then each filter the
 * request gives. Empty filters add nothing.
 */
public final class Filters {
    private final StringBuilder where = new StringBuilder("1 = 1");
    private final Map<String, Object> params = new HashMap<>();

    /** Only what lies in the caller's subtree ({@code pathField} holds an org path); admins and auditors see all. */
    public Filters scopedTo(Caller caller, String pathField) {
        return caller.seesEverything() ? this : under(pathField, caller.requireOrgCode());
    }

    /** Only what lies under {@code orgCode}, when given. */
    public Filters under(String pathField, String orgCode) {
        if (orgCode == null || orgCode.isBlank()) {
            return this;
        }
        String name = "p" + params.size();
        where.append(" and ").append(pathField).append(" like :").append(name).append(" escape '\\'");
        params.put(name, OrgPath.underPattern(orgCode.strip()));
        return this;
    }

    /** {@code field = value}, when a value is given. */
    public Filters eq(String field, Object value) {
        if (value == null || value instanceof String s && s.isBlank()) {
            return this;
        }
        String name = "p" + params.size();
        where.append(" and ").append(field).append(" = :").append(name);
        params.put(name, value);
        return this;
    }

    public String where() {
        return where.toString();
    }

    public Map<String, Object> params() {
        return params;
    }
}
