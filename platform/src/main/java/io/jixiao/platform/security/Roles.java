package io.jixiao.platform.security;

/** The roles of docs/api-contract.md, read from the token's {@code groups} claim. */
public final class Roles {
    public static final String UNIT_STAFF = "unit-staff";
    public static final String DEPT_REVIEWER = "dept-reviewer";
    public static final String FINANCE_REVIEWER = "finance-reviewer";
    public static final String ADMIN = "admin";
    /** Reads everything, changes nothing. */
    public static final String AUDITOR = "auditor";

    private Roles() {}
}
