package io.jixiao.platform.consumer;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

@ConfigMapping(prefix = "jixiao.consumer")
public interface ConsumerConfig {
    /** Attempts for a failure that may pass (lost connection, deadlock, lock timeout) before the record is parked. */
    @WithDefault("4")
    int maxAttempts();

    /** Wait before the second attempt; each later wait is four times longer (0.2 s, 0.8 s, 3.2 s by default). */
    @WithDefault("200ms")
    Duration firstBackoff();

    /**
     * How long a consumer's transaction waits for a row or advisory lock before it gives up (and retries): a consumer
     * never waits for ever behind a long request and so never holds its partition past the poll interval.
     */
    @WithDefault("10s")
    Duration lockTimeout();

    /** The topic every parked record is also announced on, for tools that watch Kafka rather than the API. */
    @WithDefault("dead-letters")
    String deadLetterTopic();
}
