package io.jixiao.platform.consumer;

import io.jixiao.platform.security.Caller;
import io.jixiao.platform.security.Roles;
import io.jixiao.platform.web.PageResult;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Every service answers for its own consumers' dead letters under the same path. */
@Path("/api/v1/dead-letters")
@Tag(
        name = "dead letters",
        description = "死信: Kafka records a consumer of this service could not apply, to inspect and replay")
@RolesAllowed({Roles.ADMIN, Roles.AUDITOR})
public class DeadLetterResource {
    private final DeadLetters deadLetters;
    private final DeadLetterReplay replay;
    private final Caller caller;

    DeadLetterResource(DeadLetters deadLetters, DeadLetterReplay replay, Caller caller) {
        this.deadLetters = deadLetters;
        this.replay = replay;
        this.caller = caller;
    }

    @GET
    @Operation(
            operationId = "listDeadLetters",
            summary = "Parked records, newest first (replayed ones only on request)",
            description =
                    "死信: events a consumer of this service could not apply, parked with their reason so the channel went on. For admins and auditors; replay one with replayDeadLetter once its cause is mended.")
    public PageResult<DeadLetterView> list(
            @Parameter(description = "only this consumer's", example = "evaluation.budget") @QueryParam("consumer")
                    String consumer,
            @Parameter(description = "also the ones a replay has applied")
                    @QueryParam("includeReplayed")
                    @DefaultValue("false")
                    boolean includeReplayed,
            @QueryParam("page")
                    @DefaultValue("0")
                    @Min(value = 0, message = "must be 0 or more")
                    @Max(value = 100_000, message = "must be at most 100000")
                    int page,
            @QueryParam("size")
                    @DefaultValue("50")
                    @Min(value = 1, message = "must be at least 1")
                    @Max(value = 500, message = "must be at most 500")
                    int size) {
        return new PageResult<>(
                deadLetters.list(consumer, includeReplayed, page, size),
                page,
                size,
                deadLetters.count(consumer, includeReplayed));
    }

    @GET
    @Path("{id}")
    @Operation(
            operationId = "getDeadLetter",
            summary = "One parked record with its headers, payload and reason",
            description =
                    "The record as it arrived (key, CloudEvents headers, payload) and why it was parked, with the attempts made.")
    public DeadLetterView get(@PathParam("id") UUID id) {
        return deadLetters.get(id);
    }

    @POST
    @Path("{id}/replay")
    @RolesAllowed(Roles.ADMIN)
    @Operation(
            operationId = "replayDeadLetter",
            summary = "Applies a parked record again (once its cause is mended)",
            description = "The answer shows replayedAt when it was applied, or the new reason when it failed again.")
    public DeadLetterView replay(@PathParam("id") UUID id) {
        return replay.replay(id, caller.name());
    }
}
