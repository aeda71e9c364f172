package io.jixiao.platform.security;

/**
 * Who changed a record when no person did (the {@code updated_by} of rows changed by the system itself), so an audit
 * trail tells a unit's edit from the system's work. One spelling each, also in SQL (bound as a parameter).
 */
public final class SystemActors {
    /** Work the system does on its own: a self-evaluation prepared when a table is approved. */
    public static final String SYSTEM = "system";
    /** A review outcome applied to the table or sheet it was about. */
    public static final String REVIEW = "review";
    /** The year close that finalises the year's self-evaluations. */
    public static final String YEAR_CLOSE = "year-close";

    private SystemActors() {}
}
