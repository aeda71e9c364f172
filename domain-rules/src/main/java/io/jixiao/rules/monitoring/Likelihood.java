package io.jixiao.rules.monitoring;

/** Whether the unit expects the year's target to be met (完成目标可能性), as the MOF monitoring form asks. */
public enum Likelihood {
    CERTAIN("确定能"),
    POSSIBLE("有可能"),
    IMPOSSIBLE("完全不可能");

    private final String label;

    Likelihood(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
