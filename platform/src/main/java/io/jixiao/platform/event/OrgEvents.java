package io.jixiao.platform.event;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** Events on the {@code orgs} topic, keyed by the organisation code: written by project-service, read by review-service. */
public final class OrgEvents {
    public static final String TOPIC = "orgs";
    public static final String REGISTERED = "org.registered.v1";
    public static final String UPDATED = "org.updated.v1";

    private OrgEvents() {}

    /**
     * An organisation as announced. @param type FINANCE_BUREAU, DEPARTMENT or UNIT; @param path the codes from the root
     * down to it, like {@code /410100/197001/093001/}.
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Org(String code, String name, String type, String parentCode, String path)
            implements EventContract<Org> {

        public Org requireValid() {
            if (code == null
                    || code.isBlank()
                    || path == null
                    || !path.startsWith("/")
                    || !path.endsWith("/" + code + "/")) {
                throw new IllegalArgumentException("the organisation event lacks its code or a path ending in it");
            }
            return this;
        }
    }
}
