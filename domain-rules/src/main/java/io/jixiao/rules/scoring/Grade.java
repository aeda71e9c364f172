package io.jixiao.rules.scoring;

/**
 * 等级: the four grades of a self-evaluation total (by the policy's bands) and of a reviewer's decision (优 and 良
 * approve, 良 after agreed changes; 中 sends back for revision, 差 rejects). Stored and sent as the label people read.
 */
public enum Grade {
    EXCELLENT("优"),
    GOOD("良"),
    FAIR("中"),
    POOR("差");

    private final String label;

    Grade(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Whether a reviewer giving this grade approves (优, 良) rather than returns (中, 差). */
    public boolean approves() {
        return this == EXCELLENT || this == GOOD;
    }

    /** The grade with this label; null for null; {@link IllegalArgumentException} for anything else. */
    public static Grade ofLabel(String label) {
        if (label == null) {
            return null;
        }
        for (Grade g : values()) {
            if (g.label.equals(label)) {
                return g;
            }
        }
        throw new IllegalArgumentException("not a grade: " + label + " (优, 良, 中 or 差)");
    }

    /** The label of a grade that may be absent (an unscored sheet), as stored. */
    public static String labelOf(Grade grade) {
        return grade == null ? null : grade.label;
    }
}
