package io.jixiao.platform.event;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
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

    private ImportEvents() {}

    /** @param key the project's reference inside the batch, registered as its sourceRef */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Requested(UUID batchId, String key, String orgCode, String requestedBy, Map<String, Object> project)
            implements EventContract<Requested> {

        public Requested requireValid() {
            EventContract.required(batchId, REQUESTED, "batchId");
            EventContract.required(key, REQUESTED, "key");
            EventContract.required(orgCode, REQUESTED, "orgCode");
            EventContract.required(project, REQUESTED, "project");
            return this;
        }
    }

    /**
     * What project-service writes. @param created false when the organisation already had this project (same year and
     * name, or same key); @param project the project as project.registered.v1 carries it
     */
    public record Resolved(UUID batchId, String key, boolean created, Object project) {}

    /** import.project-resolved.v1 as indicator-service reads it: the project is typed. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record ResolvedProject(UUID batchId, String key, Boolean created, ProjectEvents.Project project)
            implements EventContract<ResolvedProject> {

        public ResolvedProject requireValid() {
            EventContract.required(batchId, RESOLVED, "batchId");
            EventContract.required(key, RESOLVED, "key");
            EventContract.required(project, RESOLVED, "project").requireValid();
            return this;
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Rejected(UUID batchId, String key, List<String> problems) implements EventContract<Rejected> {

        public Rejected requireValid() {
            EventContract.required(batchId, REJECTED, "batchId");
            EventContract.required(key, REJECTED, "key");
            EventContract.required(problems, REJECTED, "problems");
            return this;
        }
    }
}
