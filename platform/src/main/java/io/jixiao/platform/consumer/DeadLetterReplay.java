package io.jixiao.platform.consumer;

import io.jixiao.platform.event.CloudEvents;
import io.jixiao.platform.event.IncomingEvent;
import io.jixiao.platform.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * Hands a parked record back to the consumer that parked it, once the cause is mended (a fixed bug, a freed lock, an
 * added reference). The inbox still guards it: an event that was applied in the meantime is not applied twice.
 */
@ApplicationScoped
public class DeadLetterReplay {
    private final DeadLetters deadLetters;
    private final Intake intake;
    private final Instance<EventConsumer> consumers;

    DeadLetterReplay(DeadLetters deadLetters, Intake intake, @Any Instance<EventConsumer> consumers) {
        this.deadLetters = deadLetters;
        this.intake = intake;
        this.consumers = consumers;
    }

    public DeadLetterView replay(UUID id, String by) {
        DeadLetterView letter = deadLetters.get(id);
        if (letter.replayedAt() != null) {
            throw ProblemException.conflict("Dead letter " + id + " was already replayed at " + letter.replayedAt());
        }
        EventConsumer consumer = consumers.stream()
                .filter(c -> c.name().equals(letter.consumer()))
                .findFirst()
                .orElseThrow(() -> ProblemException.conflict("No consumer named " + letter.consumer() + " runs in this"
                        + " service any more, so dead letter " + id + " cannot be replayed"));
        IncomingEvent event = event(letter);
        var failure = intake.attempt(event, consumer);
        deadLetters.replayed(
                id,
                by,
                failure.map(Intake.Failure::reason).orElse(null),
                failure.map(Intake.Failure::attempts).orElse(0));
        return deadLetters.get(id);
    }

    private static IncomingEvent event(DeadLetterView letter) {
        Map<String, String> h = letter.headers();
        String id = h.get(CloudEvents.ID);
        String type = h.get(CloudEvents.TYPE);
        if (id == null || type == null) {
            throw ProblemException.conflict("Dead letter " + letter.id() + " is not a CloudEvent (no ce_id or ce_type):"
                    + " replaying it would fail the same way; its producer must send it again");
        }
        try {
            String time = h.get(CloudEvents.TIME);
            return new IncomingEvent(
                    UUID.fromString(id),
                    type,
                    h.get(CloudEvents.SOURCE),
                    h.get(CloudEvents.SUBJECT),
                    time == null ? null : Instant.parse(time),
                    letter.key(),
                    letter.payload(),
                    h.get(io.jixiao.platform.event.Correlation.EVENT_HEADER));
        } catch (RuntimeException e) {
            throw ProblemException.conflict("Dead letter " + letter.id() + " has a malformed envelope ("
                    + e.getMessage() + "): replaying it would fail the same way");
        }
    }
}
