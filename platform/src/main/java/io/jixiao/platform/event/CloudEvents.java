package io.jixiao.platform.event;

/** Header names of CloudEvents 1.0 in Kafka binary mode (docs/api-contract.md: "CloudEvents headers in binary mode"). */
public final class CloudEvents {
    public static final String SPEC_VERSION = "ce_specversion";
    public static final String ID = "ce_id";
    public static final String SOURCE = "ce_source";
    public static final String TYPE = "ce_type";
    public static final String TIME = "ce_time";
    public static final String SUBJECT = "ce_subject";
    public static final String CONTENT_TYPE = "content-type";
    public static final String VERSION_1_0 = "1.0";
    public static final String JSON = "application/json";

    private CloudEvents() {}
}
