package io.jixiao.platform.event;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;

/**
 * Which record each event type must fit. The outbox checks every payload of these types before it writes the event, so
 * a producer that drops or renames a field its consumers need fails at its own tests, never in another service.
 */
public final class EventContracts {
    private static final Map<String, Class<? extends EventContract<?>>> CONTRACTS = Map.ofEntries(
            Map.entry(ProjectEvents.REGISTERED, ProjectEvents.Project.class),
            Map.entry(ProjectEvents.UPDATED, ProjectEvents.Project.class),
            Map.entry(ProjectEvents.BUDGET_EXECUTED, ProjectEvents.BudgetExecuted.class),
            Map.entry(TableEvents.SUBMITTED, TableEvents.Submitted.class),
            Map.entry(TableEvents.APPROVED, TableEvents.Approved.class),
            Map.entry(SelfEvaluationEvents.SUBMITTED, SelfEvaluationEvents.Submitted.class),
            Map.entry(ReviewEvents.COMPLETED, ReviewEvents.Completed.class),
            Map.entry(FiscalYearEvents.CLOSED, FiscalYearEvents.Closed.class),
            Map.entry(ImportEvents.REQUESTED, ImportEvents.Requested.class),
            Map.entry(ImportEvents.RESOLVED, ImportEvents.ResolvedProject.class),
            Map.entry(ImportEvents.REJECTED, ImportEvents.Rejected.class),
            Map.entry(OrgEvents.REGISTERED, OrgEvents.Org.class),
            Map.entry(OrgEvents.UPDATED, OrgEvents.Org.class));

    private EventContracts() {}

    public static boolean covers(String type) {
        return CONTRACTS.containsKey(type);
    }

    /** Throws {@link IllegalStateException} when a payload about to be written does not fit its type's record. */
    public static void check(ObjectMapper json, String type, Object payload) {
        Class<? extends EventContract<?>> contract = CONTRACTS.get(type);
        if (contract == null) {
            return;
        }
        try {
            Object value =
                    payload instanceof String s ? json.readValue(s, contract) : json.convertValue(payload, contract);
            ((EventContract<?>) value).requireValid();
        } catch (IllegalArgumentException | com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(
                    "a " + type + " about to be written does not fit " + contract.getSimpleName() + ": "
                            + e.getMessage(),
                    e);
        }
    }
}
