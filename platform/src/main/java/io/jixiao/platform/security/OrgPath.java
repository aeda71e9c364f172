package io.jixiao.platform.security;

/**
 * A materialised path of organisation codes from the root, e.g. {@code /410100/197001/093001/}.
 * Subtree checks become a prefix match that one index answers, in every service that keeps a copy of the tree.
 */
public final class OrgPath {
    private OrgPath() {}

    public static String root(String code) {
        return "/" + code + "/";
    }

    public static String child(String parentPath, String code) {
        return parentPath + code + "/";
    }

    /**
     * True when the organisation at {@code path} is {@code code} or lies below it. Codes never contain '/', so this
     * needs no copy of the tree: a service that knows only a record's path can check a caller's scope.
     */
    public static boolean under(String path, String code) {
        return path != null && code != null && path.contains("/" + code + "/");
    }

    /**
     * The SQL LIKE pattern of {@link #under}: every path that passes through {@code code}. Use it with
     * {@code ESCAPE '\'}: codes may contain '_', which LIKE would otherwise read as "any character" and so let org
     * 1970_1 see org 197001's data.
     */
    public static String underPattern(String code) {
        return "%/" + escapeLike(code) + "/%";
    }

    /** The SQL LIKE pattern (with {@code ESCAPE '\'}) of {@link #within}: the organisation at {@code path} and below. */
    public static String withinPattern(String path) {
        return escapeLike(path) + "%";
    }

    /** The one LIKE escaper: the escape character itself, then both wildcards, so user text matches as written. */
    public static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    /**
     * The region (地区) of an organisation: the code at the root of its path ({@code /410100/197001/} → 410100), which
     * is the finance bureau's; null for a path without a code.
     */
    public static String regionCode(String path) {
        if (path == null) {
            return null;
        }
        int start = path.startsWith("/") ? 1 : 0;
        int end = path.indexOf('/', start);
        String code = end < 0 ? path.substring(start) : path.substring(start, end);
        return code.isEmpty() ? null : code;
    }

    /** True when {@code path} is the organisation at {@code ancestorPath} or lies below it. */
    public static boolean within(String path, String ancestorPath) {
        return path != null && ancestorPath != null && path.startsWith(ancestorPath);
    }
}
