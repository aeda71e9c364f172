package io.jixiao.platform.consumer;

import io.jixiao.platform.event.IncomingEvent;
import io.jixiao.platform.inbox.Inbox;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jboss.logging.Logger;

/**
 * The one way a Kafka record enters a service: read the CloudEvents envelope, skip types the consumer does not want,
 * apply the event once (inbox mark and effect in one transaction), retry failures that may pass, and park a record that
 * cannot be applied as a dead letter with its reason. Nothing escapes to the channel, so no record, however malformed,
 * stops it or turns liveness DOWN; and nothing is dropped silently either: every parked record can be replayed.
 * Only a failure to store the dead letter itself (the database is gone) escapes, and then a restart is the right answer.
 */
@ApplicationScoped
public class Intake {
    private static final Logger LOG = Logger.getLogger(Intake.class);

    private final Inbox inbox;
    private final DeadLetters deadLetters;
    private final ConsumerConfig config;
    private final jakarta.persistence.EntityManager em;

    Intake(Inbox inbox, DeadLetters deadLetters, ConsumerConfig config, jakarta.persistence.EntityManager em) {
        this.em = em;
        this.inbox = inbox;
        this.deadLetters = deadLetters;
        this.config = config;
    }

    /** Call from an {@code @Incoming @Blocking} method without a transaction of its own. */
    public void take(ConsumerRecord<String, String> record, EventConsumer consumer) {
        IncomingEvent event;
        try {
            event = IncomingEvent.from(record);
        } catch (IllegalArgumentException e) {
            deadLetters.park(record, consumer.name(), Failures.reason(e), 1);
            return;
        }
        if (!consumer.types().contains(event.type())) {
            return; // another consumer's event on a shared topic
        }
        attempt(event, consumer).ifPresent(f -> deadLetters.park(record, consumer.name(), f.reason(), f.attempts()));
    }

    /** Why an event could not be applied, after how many attempts. */
    record Failure(String reason, int attempts) {}

    /** Applies the event with retries; the failure, or empty when it was applied (now or before). */
    Optional<Failure> attempt(IncomingEvent event, EventConsumer consumer) {
        long wait = config.firstBackoff().toMillis();
        for (int attempt = 1; ; attempt++) {
            try {
                applyOnce(event, consumer);
                return Optional.empty();
            } catch (RuntimeException | Error e) {
                if (e instanceof OutOfMemoryError) {
                    throw e;
                }
                boolean retry = Failures.isTransient(e) && attempt < config.maxAttempts();
                LOG.warnf(
                        "%s could not apply %s %s (attempt %d, %s): %s",
                        consumer.name(),
                        event.type(),
                        event.id(),
                        attempt,
                        retry ? "retrying" : "parking it",
                        Failures.reason(e));
                if (!retry) {
                    return Optional.of(new Failure(Failures.reason(e), attempt));
                }
                sleep(wait);
                wait *= 4;
            }
        }
    }

    /**
     * The inbox mark and the consumer's effect commit together, in a transaction of their own, under the event's
     * correlation id: its log lines carry it, and so does every event the consumer publishes in turn.
     */
    void applyOnce(IncomingEvent event, EventConsumer consumer) {
        String outer = io.jixiao.platform.event.Correlation.current();
        io.jixiao.platform.event.Correlation.set(
                event.correlationId() != null
                        ? event.correlationId()
                        : event.id().toString());
        try {
            applyInTransaction(event, consumer);
        } finally {
            io.jixiao.platform.event.Correlation.set(outer);
        }
    }

    private void applyInTransaction(IncomingEvent event, EventConsumer consumer) {
        QuarkusTransaction.requiringNew().run(() -> {
            em.createNativeQuery(
                            "SET LOCAL lock_timeout = '" + config.lockTimeout().toMillis() + "ms'")
                    .executeUpdate();
            if (inbox.firstDelivery(event.id(), consumer.name())) {
                try {
                    consumer.apply(event);
                } catch (RuntimeException e) {
                    throw e;
                } catch (Exception e) {
                    throw new IllegalArgumentException(e.getMessage(), e);
                }
                // the trail of one piece of work across services: this line carries the correlation id of the request
                // that caused the event (raise the category to WARN to keep only failures)
                LOG.infof("%s applied %s %s (subject %s)", consumer.name(), event.type(), event.id(), event.subject());
            }
        });
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting to retry", e);
        }
    }
}
