package io.jixiao.project.project;

/** The unit a table was written in. Amounts are stored in 元; this is kept for display and export. */
public enum AmountUnit {
    YUAN("元"),
    WAN_YUAN("万元");

    public final String label;

    AmountUnit(String label) {
        this.label = label;
    }
}
