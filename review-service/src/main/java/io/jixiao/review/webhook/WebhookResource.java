package io.jixiao.review.webhook;

import io.jixiao.platform.security.Caller;
import io.jixiao.platform.security.Roles;
import io.jixiao.platform.web.Preconditions;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/webhooks")
@Tag(
        name = "webhooks",
        description =
                "Webhooks to finance bureaus (预算一体化): subscriptions, signed deliveries (Standard Webhooks), retries")
@RolesAllowed({Roles.ADMIN, Roles.FINANCE_REVIEWER})
public class WebhookResource {
    private final WebhookService subscriptions;
    private final Preconditions preconditions;
    private final Deliveries deliveries;
    private final Dispatcher dispatcher;
    private final Caller caller;

    WebhookResource(
            WebhookService subscriptions,
            Deliveries deliveries,
            Dispatcher dispatcher,
            Caller caller,
            Preconditions preconditions) {

        this.preconditions = preconditions;
        this.subscriptions = subscriptions;
        this.deliveries = deliveries;
        this.dispatcher = dispatcher;
        this.caller = caller;
    }

    @GET
    @Path("event-types")
    @Operation(
            operationId = "listWebhookEventTypes",
            summary = "Every event type a subscription may ask for, with an example",
            description = "The event types a subscription may name, each with a description and an example payload.")
    public List<EventCatalogue.EventType> eventTypes() {
        return EventCatalogue.TYPES;
    }

    @POST
    @Operation(
            operationId = "createWebhook",
            summary = "Subscribe an endpoint; the answer carries the signing secret, once",
            description =
                    "Webhooks: events are POSTed to the URL as CloudEvents JSON, signed (Standard Webhooks: webhook-id, webhook-timestamp, webhook-signature), retried with backoff for about 27 hours. The secret is shown in this answer only.")
    @APIResponse(
            responseCode = "201",
            description = "subscribed; the answer shows the signing secret this once",
            content =
                    @Content(mediaType = "application/json", schema = @Schema(implementation = SubscriptionView.class)))
    public Response create(@Valid @NotNull(message = "a JSON body is required") SubscriptionInput in) {
        SubscriptionView created = subscriptions.create(in, caller);
        return Response.created(URI.create("/api/v1/webhooks/" + created.id()))
                .entity(created)
                .build();
    }

    @GET
    @Operation(
            operationId = "listWebhooks",
            summary = "The subscriptions of the caller's organisation and below",
            description =
                    "A finance bureau's integrations: subscriptions of the caller's organisation and below (finance reviewers and admins).")
    public List<SubscriptionView> list() {
        return subscriptions.list(caller);
    }

    @GET
    @Path("{id}")
    @Operation(
            operationId = "getWebhook",
            summary = "One subscription (without its secret)",
            description = "A subscription with its status and last failure; the secret is never shown again.")
    public SubscriptionView get(@PathParam("id") UUID id) {
        return subscriptions.get(id, caller);
    }

    @PUT
    @Path("{id}")
    @Operation(
            operationId = "updateWebhook",
            summary = "Change URL, description, event types, or enable it again",
            description =
                    "Change the URL, description or event types, or enable a subscription that was disabled after failing.")
    public SubscriptionView update(
            @PathParam("id") UUID id,
            @Valid @NotNull(message = "a JSON body is required") SubscriptionInput in,
            @Parameter(description = "the ETag you read; 412 when it changed since") @HeaderParam("If-Match")
                    String ifMatch) {
        preconditions.ifMatch(ifMatch, () -> subscriptions.get(id, caller));
        return subscriptions.update(id, in, caller);
    }

    @DELETE
    @Path("{id}")
    @Operation(
            operationId = "deleteWebhook",
            summary = "Remove a subscription and its deliveries",
            description = "Removes the subscription; nothing more is sent to it.")
    @APIResponse(responseCode = "204", description = "removed")
    public Response delete(
            @PathParam("id") UUID id,
            @Parameter(description = "the ETag you read; 412 when it changed since") @HeaderParam("If-Match")
                    String ifMatch) {
        preconditions.ifMatch(ifMatch, () -> subscriptions.get(id, caller));
        subscriptions.delete(id, caller);
        return Response.noContent().build();
    }

    @POST
    @Path("{id}/rotate-secret")
    @Operation(
            operationId = "rotateWebhookSecret",
            summary = "A new secret, shown once; the old one signs beside it for 24 h",
            description =
                    "A new signing secret, shown once; deliveries are signed with both for 24 hours so the receiver can switch without losing any.")
    public SubscriptionView rotate(
            @PathParam("id") UUID id,
            @Parameter(description = "the ETag you read; 412 when it changed since") @HeaderParam("If-Match")
                    String ifMatch) {
        preconditions.ifMatch(ifMatch, () -> subscriptions.get(id, caller));
        return subscriptions.rotate(id, caller);
    }

    @GET
    @Path("{id}/deliveries")
    @Operation(
            operationId = "listWebhookDeliveries",
            summary = "Deliveries, newest first, each with every attempt",
            description =
                    "Each delivery with its attempts (status code, error, time): what a bureau checks when an event seems missing.")
    public List<DeliveryView> deliveries(
            @PathParam("id") UUID id,
            @Parameter(example = "FAILED")
                    @QueryParam("status")
                    @Pattern(regexp = "PENDING|DELIVERED|FAILED", message = "must be PENDING, DELIVERED or FAILED")
                    String status,
            @Parameter(example = "target-table.submitted.v1") @QueryParam("eventType") String eventType,
            @Parameter(
                            description = "only deliveries stored at or after this time",
                            example = "2026-11-29T00:00:00+08:00")
                    @QueryParam("since")
                    OffsetDateTime since,
            @Parameter(description = "only deliveries stored before this time", example = "2026-11-30T00:00:00+08:00")
                    @QueryParam("until")
                    OffsetDateTime until,
            @QueryParam("page")
                    @DefaultValue("0")
                    @Min(value = 0, message = "must be 0 or more")
                    @Max(value = 100_000, message = "must be at most 100000")
                    int page,
            @QueryParam("size")
                    @DefaultValue("50")
                    @Min(value = 1, message = "must be at least 1")
                    @Max(value = 200, message = "must be at most 200")
                    int size) {
        return deliveries.list(id, status, eventType, since, until, caller, page, size);
    }

    @POST
    @Path("{id}/replay")
    @Operation(
            operationId = "replayWebhooks",
            summary = "Send again every delivery of a time window (since inclusive, until exclusive)",
            description =
                    "Sends again every delivery of the subscription in a time window: after a receiver's outage longer than the retries.")
    public Map<String, Integer> replay(
            @PathParam("id") UUID id,
            @Parameter(example = "2026-11-29T00:00:00+08:00") @QueryParam("since") @NotNull(message = "is required")
                    OffsetDateTime since,
            @Parameter(example = "2026-11-30T00:00:00+08:00") @QueryParam("until") OffsetDateTime until) {
        int replayed = deliveries.replay(id, since, until, caller);
        dispatcher.wake();
        return Map.of("replayed", replayed);
    }

    @POST
    @Path("{id}/deliveries/{deliveryId}/redeliver")
    @Operation(
            operationId = "redeliverWebhook",
            summary = "Send a delivery again now (same webhook-id)",
            description =
                    "Sends one delivery again now, with the same webhook-id, so a receiver that deduplicates acts once.")
    @APIResponse(responseCode = "202", description = "queued to be sent again")
    public Response redeliver(@PathParam("id") UUID id, @PathParam("deliveryId") UUID deliveryId) {
        deliveries.redeliver(id, deliveryId, caller);
        dispatcher.wake();
        return Response.accepted().build();
    }
}
