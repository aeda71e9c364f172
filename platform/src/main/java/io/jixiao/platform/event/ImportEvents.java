package io.jixiao.platform.event;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The {@code imports} topic, shared by the two services that talk on it: indicator-service asks for the projects a
 * document's tables need (import.project-requested.v1); project-service answers with the project
 * (import.project-resolved.v1, the project as project.registered.v1 carries it) or why it cannot register it
 * (import.project-rejected.v1). Key: the import batch id, so one batch's messages stay in order.
 */
public final class ImportEvents {
    public static final String TOPIC = "imports";
    public static final String REQUESTED = "import.project-requested.v1";
    public static final String RESOLVED = "import.project-resolved.v1";
    public static final String REJECTED = "import.project-rejected.v1";

    private ImportEvents() {
    }

    /** @param key the project's reference inside the batch, registered as its sourceRef */
    public record Requested(UUID batchId, String key, String orgCode, String requestedBy, Map<String, Object> project) {
    }

    /** @param created false when the organisation already had this project (same year and name, or same key) */
    public record Resolved(UUID batchId, String key, boolean created, Object project) {
    }

    public record Rejected(UUID batchId, String key, List<String> problems) {
    }
}
