package io.jixiao.rules.monitoring;

/** 红黄绿灯: how far a project or an indicator is behind the year, worst last. */
public enum Light {
    GREEN("绿灯"),
    YELLOW("黄灯"),
    RED("红灯");

    private final String label;

    Light(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The worse of two lights; null counts as no light. */
    public static Light worse(Light a, Light b) {
        if (a == null) {
            return b;
        }
        return b == null || a.compareTo(b) >= 0 ? a : b;
    }
}
