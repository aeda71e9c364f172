package io.jixiao.platform.consumer;

import io.jixiao.platform.event.IncomingEvent;
import java.util.Set;

/**
 * One consumer of events: a name for its inbox marks and dead letters, the event types it applies, and how it applies
 * one. {@link Intake} calls {@link #apply} inside a fresh transaction; whatever it throws parks the record as a dead
 * letter instead of stopping the channel. Implementations are CDI beans, so a dead letter can be replayed by name.
 */
public interface EventConsumer {
    /** Stable and unique in its service, e.g. {@code evaluation.budget}: it keys the inbox. */
    String name();

    Set<String> types();

    /** Applies one event; runs in a transaction that also records the event as processed. */
    void apply(IncomingEvent event) throws Exception;
}
