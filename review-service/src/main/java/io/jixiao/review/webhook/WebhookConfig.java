package io.jixiao.review.webhook;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;

@ConfigMapping(prefix = "jixiao.webhooks")
public interface WebhookConfig {
    /** When each attempt is made, counted from the event: at once, then after each wait (Svix's public schedule). */
    @WithDefault("0s,5s,5m,30m,2h,5h,10h,10h")
    List<Duration> retrySchedule();

    /** How long a receiver may take to answer one attempt. */
    @WithDefault("15s")
    Duration timeout();

    /** A subscription whose deliveries keep failing this long is disabled, with the reason. */
    @WithDefault("5d")
    Duration disableAfter();

    /** After a secret is rotated, the old one signs beside the new one this long. */
    @WithDefault("24h")
    Duration secretOverlap();

    /** http:// endpoints (production: https only). */
    @WithDefault("false")
    boolean allowHttp();

    /** Loopback, link-local and private addresses (production: refused; the local stack and the tests allow them). */
    @WithDefault("false")
    boolean allowPrivateAddresses();

    /** How often the dispatcher looks for due deliveries when nothing woke it. */
    @WithDefault("1s")
    Duration pollInterval();

    /** Deliveries claimed per dispatcher round (at most as many as there are free senders). */
    @WithDefault("50")
    int batchSize();

    /** Deliveries in flight at once per instance, each on its own sender thread. */
    @WithDefault("16")
    int concurrency();
}
