package io.jixiao.platform.outbox;

import io.smallrye.config.ConfigMapping;
import java.time.Duration;

@ConfigMapping(prefix = "jixiao.outbox")
public interface OutboxConfig {
    /** How often the relay looks for unpublished events when nothing woke it (the safety net). */
    Duration pollInterval();

    /** Events read and sent per round trip. */
    int batchSize();

    /** The topics this service publishes to: their metadata is fetched at start so the first event goes out at once. */
    java.util.Optional<java.util.List<String>> topics();

    /** How long one batch may wait for the broker's acknowledgements before it is retried later. */
    Duration sendTimeout();

    /**
     * The largest event payload written to the outbox, below the broker's and producer's 1 MiB message limit: a
     * bigger one could never be published and would block its aggregate for ever, so the change that would announce
     * it is refused instead (413), and nothing of it is written.
     */
    @io.smallrye.config.WithDefault("900000")
    int maxEventBytes();
}
