package io.jixiao.review.webhook;

import com.standardwebhooks.Webhook;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jboss.logging.Logger;

/**
 * Sends stored deliveries: claims due ones (a lease, so replicas never send the same one at once), signs each to the
 * Standard Webhooks spec, posts it without following redirects, and records the attempt. 2xx is delivered; 410 Gone
 * disables the subscription; anything else is retried on the schedule, and a subscription that keeps failing past
 * {@code disable-after} is disabled with the reason. One subject's deliveries to one subscription go in order: a later
 * one waits while an earlier one is still pending (so two in flight at once are never of the same subject).
 * <p>
 * Up to {@code concurrency} deliveries are in flight at once, each on its own sender: one bureau's slow or hanging
 * endpoint holds one sender until its timeout, never the deliveries to everyone else. The dispatcher claims only as
 * many as it has free senders, so a claimed delivery is sent at once and its lease is not spent waiting.
 */
@ApplicationScoped
public class Dispatcher {
    private static final Logger LOG = Logger.getLogger(Dispatcher.class);
    private static final int RESPONSE_KEPT = 1024;

    private final EntityManager em;
    private final WebhookConfig config;
    private final MeterRegistry metrics;
    private final HttpClient http;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> new Thread(r, "webhook-dispatcher"));
    private final ExecutorService senders;
    private final Semaphore free;
    private final AtomicBoolean queued = new AtomicBoolean();

    Dispatcher(EntityManager em, WebhookConfig config, MeterRegistry metrics) {
        this.em = em;
        this.config = config;
        this.metrics = metrics;
        this.http = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(config.timeout())
                .build();
        this.senders = Executors.newFixedThreadPool(config.concurrency(), r -> new Thread(r, "webhook-sender"));
        this.free = new Semaphore(config.concurrency());
    }

    void onStop(@Observes ShutdownEvent event) {
        // deliveries in flight keep their lease; after it runs out another instance (or the next start) sends them
        worker.shutdownNow();
        senders.shutdownNow();
    }

    @Scheduled(every = "{jixiao.webhooks.poll-interval}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void poll() {
        wake();
    }

    public void wake() {
        if (queued.compareAndSet(false, true)) {
            try {
                worker.execute(() -> {
                    queued.set(false);
                    drain();
                });
            } catch (java.util.concurrent.RejectedExecutionException e) {
                queued.set(false);
            }
        }
    }

    private void drain() {
        try {
            List<Claimed> batch;
            int limit;
            do {
                limit = Math.min(config.batchSize(), free.availablePermits());
                if (limit == 0) {
                    return; // every sender is busy; each one wakes the dispatcher when it is done
                }
                int claimLimit = limit;
                batch = QuarkusTransaction.requiringNew().call(() -> claim(claimLimit));
                batch.forEach(this::dispatch);
            } while (batch.size() == limit);
        } catch (RuntimeException e) {
            LOG.warnf("webhook dispatcher: round failed, retried on the next: %s", e.toString());
        }
    }

    record Claimed(
            UUID id,
            UUID subscriptionId,
            UUID eventId,
            String payload,
            int attempts,
            String url,
            String secret,
            String previousSecret,
            boolean enabled) {}

    private void dispatch(Claimed d) {
        free.acquireUninterruptibly();
        try {
            senders.execute(() -> {
                try {
                    send(d);
                } finally {
                    free.release();
                    wake();
                }
            });
        } catch (java.util.concurrent.RejectedExecutionException stopping) {
            free.release(); // shutting down: the lease runs out and the delivery is sent later
        }
    }

    @SuppressWarnings("unchecked")
    List<Claimed> claim(int limit) {
        long leaseSeconds = config.timeout().toSeconds() + 30;
        List<Tuple> rows = em.createNativeQuery("""
                WITH due AS (
                  SELECT d.id FROM webhook_delivery d
                  WHERE d.status = 'PENDING' AND d.next_attempt_at <= now()
                    AND NOT EXISTS (SELECT 1 FROM webhook_delivery e WHERE e.subscription_id = d.subscription_id
                                    AND e.subject IS NOT DISTINCT FROM d.subject AND e.status = 'PENDING' AND e.seq < d.seq)
                  ORDER BY d.seq LIMIT ?1 FOR UPDATE SKIP LOCKED)
                UPDATE webhook_delivery d SET next_attempt_at = now() + make_interval(secs => ?2)
                FROM due, webhook_subscription s
                WHERE d.id = due.id AND s.id = d.subscription_id
                RETURNING d.id, d.subscription_id, d.event_id, d.payload, d.attempts, s.url, s.secret,
                  CASE WHEN s.previous_secret_until > now() THEN s.previous_secret END, s.enabled""", Tuple.class)
                .setParameter(1, limit)
                .setParameter(2, (double) leaseSeconds)
                .getResultList();
        return rows.stream()
                .map(t -> new Claimed(
                        t.get(0, UUID.class),
                        t.get(1, UUID.class),
                        t.get(2, UUID.class),
                        t.get(3, String.class),
                        ((Number) t.get(4)).intValue(),
                        t.get(5, String.class),
                        t.get(6, String.class),
                        t.get(7, String.class),
                        (Boolean) t.get(8)))
                .toList();
    }

    private void send(Claimed d) {
        if (!d.enabled()) {
            finish(d, null, 0, null, "the subscription is disabled", Outcome.GIVE_UP);
            return;
        }
        String problem = Endpoints.problem(d.url(), config); // again: DNS may have changed since the subscription
        if (problem != null) {
            finish(d, null, 0, null, "url " + problem, Outcome.RETRY);
            return;
        }
        long start = System.nanoTime();
        try {
            long timestamp = System.currentTimeMillis() / 1000;
            String msgId = d.eventId().toString();
            String signature = new Webhook(d.secret()).sign(msgId, timestamp, d.payload());
            if (d.previousSecret() != null) {
                signature += " " + new Webhook(d.previousSecret()).sign(msgId, timestamp, d.payload());
            }
            HttpRequest request = HttpRequest.newBuilder(URI.create(d.url().strip()))
                    .timeout(config.timeout())
                    .header("content-type", "application/json")
                    .header("user-agent", "jixiao-webhooks/1")
                    .header("webhook-id", msgId)
                    .header("webhook-timestamp", String.valueOf(timestamp))
                    .header("webhook-signature", signature)
                    .POST(HttpRequest.BodyPublishers.ofString(d.payload(), StandardCharsets.UTF_8))
                    .build();
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            int ms = (int) ((System.nanoTime() - start) / 1_000_000);
            int code = response.statusCode();
            String body = response.body() == null ? null : abbreviate(response.body());
            Outcome outcome =
                    code >= 200 && code < 300 ? Outcome.DELIVERED : code == 410 ? Outcome.GONE : Outcome.RETRY;
            finish(d, code, ms, body, null, outcome);
        } catch (Exception e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            finish(
                    d,
                    null,
                    (int) ((System.nanoTime() - start) / 1_000_000),
                    null,
                    e.getClass().getSimpleName() + ": " + e.getMessage(),
                    Outcome.RETRY);
        }
    }

    enum Outcome {
        DELIVERED,
        GONE,
        RETRY,
        GIVE_UP
    }

    private void finish(Claimed d, Integer status, int ms, String response, String error, Outcome outcome) {
        metrics.counter("webhook.attempts", "outcome", outcome.name().toLowerCase())
                .increment();
        QuarkusTransaction.requiringNew().run(() -> {
            em.createNativeQuery("INSERT INTO webhook_attempt (id, delivery_id, attempted_at, status_code, duration_ms,"
                            + " response, error) VALUES (gen_random_uuid(), ?1, now(), ?2, ?3, ?4, ?5)")
                    .setParameter(1, d.id())
                    .setParameter(2, status)
                    .setParameter(3, ms)
                    .setParameter(4, response)
                    .setParameter(5, error)
                    .executeUpdate();
            int attempts = d.attempts() + 1;
            switch (outcome) {
                case DELIVERED -> {
                    em.createNativeQuery(
                                    "UPDATE webhook_delivery SET status = 'DELIVERED', attempts = ?2, delivered_at = now(),"
                                            + " last_status = ?3, last_error = NULL WHERE id = ?1")
                            .setParameter(1, d.id())
                            .setParameter(2, attempts)
                            .setParameter(3, status)
                            .executeUpdate();
                    em.createNativeQuery("UPDATE webhook_subscription SET failing_since = NULL WHERE id = ?1")
                            .setParameter(1, d.subscriptionId())
                            .executeUpdate();
                }
                case GONE -> {
                    fail(d, attempts, status, "the receiver answered 410 Gone");
                    disable(d.subscriptionId(), "the receiver answered 410 Gone at " + OffsetDateTime.now());
                }
                case GIVE_UP -> fail(d, attempts, status, error);
                case RETRY -> retry(d, attempts, status, error);
            }
        });
    }

    private void retry(Claimed d, int attempts, Integer status, String error) {
        List<Duration> schedule = config.retrySchedule();
        String reason = error != null ? error : "the receiver answered " + status;
        if (attempts >= schedule.size()) {
            fail(d, attempts, status, reason + "; no attempts left");
        } else {
            em.createNativeQuery("UPDATE webhook_delivery SET attempts = ?2, last_status = ?3, last_error = ?4,"
                            + " next_attempt_at = now() + make_interval(secs => ?5) WHERE id = ?1")
                    .setParameter(1, d.id())
                    .setParameter(2, attempts)
                    .setParameter(3, status)
                    .setParameter(4, reason)
                    .setParameter(5, schedule.get(attempts).toMillis() / 1000.0)
                    .executeUpdate();
        }
        em.createNativeQuery(
                        "UPDATE webhook_subscription SET failing_since = COALESCE(failing_since, now()) WHERE id = ?1")
                .setParameter(1, d.subscriptionId())
                .executeUpdate();
        int stale = em.createNativeQuery("UPDATE webhook_subscription SET enabled = false, disabled_reason = ?2"
                        + " WHERE id = ?1 AND enabled AND failing_since < now() - make_interval(secs => ?3)")
                .setParameter(1, d.subscriptionId())
                .setParameter(2, "deliveries failed for longer than " + config.disableAfter() + "; last: " + reason)
                .setParameter(3, (double) config.disableAfter().toSeconds())
                .executeUpdate();
        if (stale > 0) {
            LOG.warnf(
                    "webhook subscription %s disabled: failing for longer than %s",
                    d.subscriptionId(), config.disableAfter());
        }
    }

    private void fail(Claimed d, int attempts, Integer status, String reason) {
        em.createNativeQuery("UPDATE webhook_delivery SET status = 'FAILED', attempts = ?2, last_status = ?3,"
                        + " last_error = ?4, next_attempt_at = NULL WHERE id = ?1")
                .setParameter(1, d.id())
                .setParameter(2, attempts)
                .setParameter(3, status)
                .setParameter(4, reason)
                .executeUpdate();
    }

    private void disable(UUID subscription, String reason) {
        em.createNativeQuery("UPDATE webhook_subscription SET enabled = false, disabled_reason = ?2 WHERE id = ?1")
                .setParameter(1, subscription)
                .setParameter(2, reason)
                .executeUpdate();
        LOG.warnf("webhook subscription %s disabled: %s", subscription, reason);
    }

    private static String abbreviate(String text) {
        return text.length() > RESPONSE_KEPT ? text.substring(0, RESPONSE_KEPT) : text;
    }
}
