package io.jixiao.platform.security;

/**
 * A materialised path of organisation codes from the root, e.g. {@code /410100/197001/093001/}.
 * Subtree checks become a prefix match that one index answers, in every service that keeps a copy of the tree.
 */
public final class OrgPath {
    private OrgPath() {
    }

    public static String root(String code) {
        return "/" + code + "/";
    }

    public static String child(String parentPath, String code) {
        return parentPath + code + "/";
    }

    /** True when {@code path} is the organisation at {@code ancestorPath} or lies below it. */
    public static boolean within(String path, String ancestorPath) {
        return path != null && ancestorPath != null && path.startsWith(ancestorPath);
    }
}
