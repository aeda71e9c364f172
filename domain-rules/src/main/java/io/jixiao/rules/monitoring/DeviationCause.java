package io.jixiao.rules.monitoring;

/** 偏差原因: the usual categories of the MOF monitoring form (财预〔2019〕136号). */
public enum DeviationCause {
    FUNDING("经费保障"),
    SYSTEM("制度保障"),
    STAFF("人员保障"),
    HARDWARE("硬件条件保障"),
    OTHER("其他");

    private final String label;

    DeviationCause(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
